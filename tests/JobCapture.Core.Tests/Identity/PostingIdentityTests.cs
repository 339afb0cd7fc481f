using JobCapture.Core.Identity;

namespace JobCapture.Core.Tests.Identity;

public class PostingIdentityTests
{
    private const string Same = "same";
    private const string Different = "different";

    // Two captured URLs, each optionally with the canonical URL its page names ("url | canonical").
    [TestCase("https://www.linkedin.com/jobs/view/3912345678/", "https://www.linkedin.com/jobs/view/3912345678/?trk=public_jobs&refId=abc", Same)]
    [TestCase("https://www.linkedin.com/jobs/view/senior-tiler-at-acme-3912345678", "https://www.linkedin.com/jobs/view/3912345678", Same)]
    [TestCase("https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=tiler", "https://www.linkedin.com/jobs/view/3912345678", Same)]
    [TestCase("https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3912345678", "https://de.linkedin.com/jobs/view/3912345678", Same)]
    [TestCase("https://www.linkedin.com/jobs/view/3912345678", "https://www.linkedin.com/jobs/view/3912345679", Different)]
    [TestCase("https://www.linkedin.com/jobs/search/?currentJobId=3912345678", "https://www.linkedin.com/jobs/search/?currentJobId=4000000001", Different)]
    [TestCase("https://www.indeed.com/viewjob?jk=54f1f8af68d7a1b2&from=serp&vjs=3", "https://www.indeed.com/viewjob?jk=54f1f8af68d7a1b2", Same)]
    [TestCase("https://uk.indeed.com/jobs?q=tiler&l=Leeds&vjk=54f1f8af68d7a1b2", "https://uk.indeed.com/viewjob?jk=54f1f8af68d7a1b2", Same)]
    [TestCase("https://www.indeed.com/viewjob?jk=54f1f8af68d7a1b2", "https://www.indeed.com/viewjob?jk=0c3e9a7d21f4b688", Different)]
    [TestCase("https://boards.greenhouse.io/acme/jobs/5071418007", "https://acme.example/careers/open-roles?gh_jid=5071418007", Same)]
    [TestCase("https://job-boards.greenhouse.io/acme/jobs/5071418007?gh_src=linkedin", "https://boards.greenhouse.io/acme/jobs/5071418007", Same)]
    [TestCase("https://job-boards.eu.greenhouse.io/acme/jobs/5071418007", "https://acme.example/careers?gh_jid=5071418007&utm_source=x", Same)]
    [TestCase("https://boards.greenhouse.io/acme/jobs/5071418007", "https://boards.greenhouse.io/acme/jobs/5071418008", Different)]
    [TestCase("https://acme.example/careers?gh_jid=5071418007", "https://acme.example/careers?gh_jid=6000000002", Different)]
    [TestCase("https://jobs.lever.co/acme/0b1f8e3a-6c2d-4e7f-9a10-2b3c4d5e6f70", "https://jobs.lever.co/acme/0b1f8e3a-6c2d-4e7f-9a10-2b3c4d5e6f70/apply?lever-source=LinkedIn", Same)]
    [TestCase("https://jobs.lever.co/acme/0b1f8e3a-6c2d-4e7f-9a10-2b3c4d5e6f70", "https://jobs.lever.co/acme/1c2f8e3a-6c2d-4e7f-9a10-2b3c4d5e6f70", Different)]
    [TestCase("https://acme.wd1.myworkdayjobs.com/en-US/Careers/job/London/Data-Analyst_R60670-1", "https://acme.wd1.myworkdayjobs.com/Careers/job/London/Data-Analyst_R60670-1?source=LinkedIn", Same)]
    [TestCase("https://acme.wd1.myworkdayjobs.com/en-US/Careers/job/London/Data-Analyst_R60670-1", "https://acme.wd1.myworkdayjobs.com/en-US/Careers/details/Data-Analyst_R60670-1", Same)]
    [TestCase("https://acme.wd1.myworkdayjobs.com/Careers/job/London/Data-Analyst_R60670-1", "https://globex.wd5.myworkdayjobs.com/Careers/job/London/Data-Analyst_R60670-1", Different)]
    [TestCase("https://acme.wd1.myworkdayjobs.com/Careers/job/London/Data-Analyst_R60670-1", "https://acme.wd1.myworkdayjobs.com/Careers/job/London/Data-Analyst_R60671", Different)]
    [TestCase("https://jobs.ashbyhq.com/acme/7d2c4a10-55e1-4f0b-9c3a-8e6b2f1d0a94", "https://jobs.ashbyhq.com/acme/7d2c4a10-55e1-4f0b-9c3a-8e6b2f1d0a94/application", Same)]
    [TestCase("https://jobs.ashbyhq.com/acme/7d2c4a10-55e1-4f0b-9c3a-8e6b2f1d0a94", "https://acme.example/careers?ashby_jid=7d2c4a10-55e1-4f0b-9c3a-8e6b2f1d0a94", Same)]
    [TestCase("https://jobs.smartrecruiters.com/Acme/744000012345678-senior-tiler", "https://jobs.smartrecruiters.com/Acme/744000012345678?trid=abc", Same)]
    [TestCase("https://jobs.smartrecruiters.com/Acme/744000012345678-senior-tiler", "https://jobs.smartrecruiters.com/Acme/744000087654321-senior-tiler", Different)]
    [TestCase("https://www.stepstone.de/stellenangebote--Fliesenleger-Berlin-Acme-GmbH--9876543-inline.html", "https://www.stepstone.de/stellenangebote--Fliesenleger-m-w-d-Berlin-Acme--9876543-inline.html?rltr=2_2", Same)]
    [TestCase("https://www.stepstone.de/stellenangebote--Fliesenleger-Berlin-Acme-GmbH--9876543-inline.html", "https://www.stepstone.de/stellenangebote--Fliesenleger-Berlin-Acme-GmbH--9876544-inline.html", Different)]
    [TestCase("https://www.seek.com.au/job/81234567?type=standout", "https://www.seek.com.au/tiler-jobs/in-All-Sydney-NSW?jobId=81234567", Same)]
    [TestCase("https://www.seek.com.au/job/81234567", "https://www.seek.com.au/job/81234568", Different)]
    [TestCase("https://apply.workable.com/acme/j/FF79223884/", "https://apply.workable.com/acme/j/FF79223884/apply", Same)]
    [TestCase("https://acme.jobs.personio.de/job/1234567?language=en", "https://acme.jobs.personio.de/job/1234567", Same)]
    [TestCase("https://acme.jobs.personio.de/job/1234567", "https://globex.jobs.personio.de/job/1234567", Different)]
    [TestCase("https://careers.acme.example/jobs/tiler?utm_source=newsletter&utm_medium=email&gclid=abc", "https://careers.acme.example/jobs/tiler", Same)]
    [TestCase("https://careers.acme.example/jobs/tiler/#apply", "https://careers.acme.example/jobs/tiler?fbclid=IwAR0x&msclkid=12", Same)]
    [TestCase("https://CAREERS.acme.example/jobs/tiler?team=2&city=leeds", "https://careers.acme.example/jobs/tiler?city=leeds&team=2&mc_cid=9", Same)]
    [TestCase("https://careers.acme.example/job?reference=123", "https://careers.acme.example/job?reference=456", Different)]
    [TestCase("https://careers.acme.example/job?ref=123", "https://careers.acme.example/job?ref=456", Different)]
    [TestCase("https://careers.acme.example/job?source=123", "https://careers.acme.example/job?source=124", Different)]
    [TestCase("https://careers.acme.example/job?id=123&utm_campaign=x", "https://careers.acme.example/job?id=124&utm_campaign=x", Different)]
    [TestCase("https://careers.acme.example/jobs/tiler", "https://careers.acme.example/jobs/roofer", Different)]
    [TestCase("https://careers.acme.example/search?q=tiler | https://careers.acme.example/jobs/tiler", "https://careers.acme.example/jobs/tiler?utm_source=x", Same)]
    [TestCase("https://careers.acme.example/app#/job/1 | https://careers.acme.example/jobs/tiler-1", "https://careers.acme.example/app#/job/2 | https://careers.acme.example/jobs/roofer-2", Different)]
    [TestCase("https://acme.example/careers?gh_jid=5071418007 | https://acme.example/careers", "https://boards.greenhouse.io/acme/jobs/5071418007", Same)]
    [TestCase("https://acme.example/careers?gh_jid=5071418007 | https://acme.example/careers", "https://acme.example/careers?gh_jid=6000000002 | https://acme.example/careers", Different)]
    [TestCase("https://board.example/#/jobs/12", "https://board.example/#/jobs/13", Different)]
    [TestCase("https://board.example/app#!/jobs/12", "https://board.example/app#!/jobs/13", Different)]
    [TestCase("https://board.example/#/jobs/12 | https://board.example/", "https://board.example/#/jobs/13 | https://board.example/", Different)]
    [TestCase("https://board.example/#/jobs/12 | https://board.example/", "https://board.example/?utm_source=x#/jobs/12", Same)]
    [TestCase("https://board.example/jobs/12#apply", "https://board.example/jobs/12#description", Same)]
    public void Two_urls_are_the_same_posting_exactly_when_the_rule_says_so(string first, string second, string expected)
    {
        var same = Key(first) == Key(second);

        Assert.That(same ? Same : Different, Is.EqualTo(expected), $"{Key(first)} vs {Key(second)}");
    }

    [TestCase("https://www.linkedin.com/jobs/view/3912345678", "linkedin:3912345678")]
    [TestCase("https://acme.wd1.myworkdayjobs.com/Careers/job/London/Data-Analyst_R60670-1", "workday:acme/R60670-1")]
    [TestCase("https://careers.acme.example/jobs/tiler/?utm_source=x&b=2&a=1#top", "https://careers.acme.example/jobs/tiler?a=1&b=2")]
    [TestCase("https://board.example/?lang=en#/jobs/12", "https://board.example/?lang=en#/jobs/12")]
    public void The_key_names_the_board_and_id_or_the_cleaned_url(string url, string expected)
    {
        Assert.That(PostingIdentity.KeyFor(url), Is.EqualTo(expected));
    }

    private static string Key(string urlAndCanonical)
    {
        var parts = urlAndCanonical.Split(" | ");
        return PostingIdentity.KeyFor(parts[0], parts.Length > 1 ? parts[1] : null);
    }
}
