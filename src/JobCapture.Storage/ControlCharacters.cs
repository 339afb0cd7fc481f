using System.Buffers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobCapture.Storage;

/// <summary>
/// Control characters (NUL, bell, escape, the C1 range …) have no place in a posting's text: they break terminals,
/// CSV readers and other programs that get the export. Tab, line feed and carriage return are text and stay.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Unwanted = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')).ToArray());

    public static string Strip(string text)
    {
        if (text.AsSpan().IndexOfAny(Unwanted) < 0)
        {
            return text;
        }

        return string.Create(text.Length - Count(text), text, static (target, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                if (!Unwanted.Contains(c))
                {
                    target[at++] = c;
                }
            }
        });
    }

    private static int Count(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += Unwanted.Contains(c) ? 1 : 0;
        }

        return count;
    }
}

/// <summary>Strips control characters from every text column EF writes, whoever filled it: captures, notes, referral
/// contacts, follow-ups.</summary>
internal sealed class StripControlCharacters : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Strip(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Strip(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Strip(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties.Where(p => p.CurrentValue is string))
            {
                var text = (string)property.CurrentValue!;
                var stripped = ControlCharacters.Strip(text);
                if (!ReferenceEquals(stripped, text))
                {
                    property.CurrentValue = stripped;
                }
            }
        }
    }
}
