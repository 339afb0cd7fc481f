using JobCapture.Core.Reading;

namespace JobCapture.Core.Contacts;

public interface IContactFinder
{
    IReadOnlyList<Contact> Find(PageContent page, string language, CancellationToken cancellationToken = default);
}
