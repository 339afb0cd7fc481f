using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using JobCapture.Storage.Postings;

namespace JobCapture.App.Calendar;

/// <summary>
/// The iCalendar (RFC 5545) feed: an all-day event on each applied posting's follow-up date and on each saved
/// posting's application deadline. UIDs are made from the posting id, so a calendar app updates an event when its
/// date moves instead of adding a second one.
/// </summary>
public static class CalendarFeed
{
    public static string Write(IEnumerable<CalendarDates> postings, string dashboardAddress, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//JobCapture//Follow-ups//EN" };
        calendar.AddProperty("X-WR-CALNAME", "JobCapture follow-ups");
        foreach (var posting in postings)
        {
            var link = $"{dashboardAddress.TrimEnd('/')}/postings/{posting.PostingId}";
            if (posting.FollowUpOn is { } due)
            {
                calendar.Events.Add(Event($"follow-up-{posting.PostingId}", due, now, $"Follow up: {Name(posting)}",
                    $"Phone: {posting.PhoneVerdict}. {posting.Summary}\n{link}"));
            }

            if (posting.ApplyBy is { } deadline)
            {
                calendar.Events.Add(Event($"deadline-{posting.PostingId}", deadline, now, $"Applications close: {Name(posting)}", link));
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(string uid, DateOnly day, DateTimeOffset now, string summary, string description) => new()
    {
        Uid = $"{uid}@jobcapture.local",
        DtStamp = new CalDateTime(now.UtcDateTime),
        Start = new CalDateTime(day.Year, day.Month, day.Day),
        End = new CalDateTime(day.AddDays(1).Year, day.AddDays(1).Month, day.AddDays(1).Day),
        Summary = summary,
        Description = description,
    };

    private static string Name(CalendarDates posting) =>
        string.IsNullOrEmpty(posting.Company) ? posting.Title : $"{posting.Title} ({posting.Company})";
}
