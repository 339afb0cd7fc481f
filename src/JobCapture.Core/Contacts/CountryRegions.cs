namespace JobCapture.Core.Contacts;

/// <summary>The country a posting's location names (Data/Phone/country-names.json), as an ISO 3166 region.</summary>
internal static class CountryRegions
{
    private static readonly Dictionary<string, string> RegionByName = CoreData.ReadJson("Phone", "country-names.json")
        .EnumerateObject()
        .Where(entry => entry.Value.ValueKind == System.Text.Json.JsonValueKind.Array)
        .SelectMany(entry => entry.Value.EnumerateArray().Select(name => (Name: name.GetString()!, Region: entry.Name)))
        .ToDictionary(pair => pair.Name, pair => pair.Region, StringComparer.OrdinalIgnoreCase);

    /// <summary>The region a location's comma-separated parts name, the last (broadest) part first.</summary>
    public static string? OfLocation(string location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return null;
        }

        foreach (var part in location.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            if (RegionByName.TryGetValue(part, out var region))
            {
                return region;
            }
        }

        return null;
    }
}
