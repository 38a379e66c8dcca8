using System.Globalization;

namespace Dyad.Knowledge.Dyad;

/// <summary>Writes places as a <c>places.txt</c> that <see cref="PlaceReader"/> reads back, sorted by name, with its header.</summary>
public static class PlaceWriter
{
    public static void Write(TextWriter writer, IEnumerable<Place> places, string sources)
    {
        writer.Write($"# format: {PlaceReader.Schema.Kind} {PlaceReader.Schema.Version}\n");
        writer.Write($"# sources: {sources}\n");
        var sorted = places.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Country, StringComparer.Ordinal).ToList();
        writer.Write($"# kinds: {string.Join(", ", sorted.Select(p => p.Kind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}\n");
        foreach (var place in sorted)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{place.Name} | country: {place.Country} | at: {place.Latitude:0.00} {place.Longitude:0.00} | kind: {place.Kind}");
            if (place.Names.Count > 0)
            {
                line += $" | names: {string.Join(", ", place.Names)}";
            }

            writer.Write(line);
            writer.Write('\n');
        }
    }
}
