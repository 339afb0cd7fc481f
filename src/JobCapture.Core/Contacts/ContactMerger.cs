namespace JobCapture.Core.Contacts;

/// <summary>One contact per kind and value: a mailto: link and its text, or JSON-LD and the body, are the same
/// contact. The copy with a place in the text wins; a name, role or category known to any copy is kept.</summary>
internal static class ContactMerger
{
    public static IReadOnlyList<Contact> Merge(IEnumerable<Contact> contacts)
    {
        var byKey = new Dictionary<(ContactKind, string), Contact>();
        var order = new List<(ContactKind, string)>();
        foreach (var contact in contacts)
        {
            var key = (contact.Kind, Key(contact));
            if (!byKey.TryGetValue(key, out var kept))
            {
                byKey[key] = contact;
                order.Add(key);
                continue;
            }

            byKey[key] = Prefer(kept, contact);
        }

        return order.Select(key => byKey[key])
            .OrderBy(c => c.Start < 0 ? int.MaxValue : c.Start)
            .ThenBy(c => c.Kind)
            .ToList();
    }

    /// <summary>Phones match on their last eight digits, so "+977 1 4106701" in the text and "+977-01-4106701" in
    /// its tel: link (a trunk zero written after the country code) are one number.</summary>
    private static string Key(Contact contact) =>
        contact.Kind == ContactKind.Phone && contact.Value.Length > 8 ? contact.Value[^8..] : contact.Value.ToLowerInvariant();

    private static Contact Prefer(Contact kept, Contact other)
    {
        var winner = (kept.Start < 0 && other.Start >= 0) || (other.Start >= 0 && other.Start < kept.Start && IsPlainer(other, kept)) ? other : kept;
        var loser = ReferenceEquals(winner, kept) ? other : kept;
        return winner with
        {
            Name = winner.Name ?? loser.Name,
            Role = winner.Role ?? loser.Role,
            Category = winner.Category ?? loser.Category,
            Extension = winner.Extension ?? loser.Extension,
        };
    }

    /// <summary>Between two places in the text, the earlier wins unless the later one shows the value itself
    /// (the address as text beats "Email us" as a link's text).</summary>
    private static bool IsPlainer(Contact candidate, Contact kept) =>
        candidate.Display.Contains(kept.Value, StringComparison.OrdinalIgnoreCase) || !kept.Display.Contains(kept.Value, StringComparison.OrdinalIgnoreCase);
}
