namespace Dyad.Knowledge.Dyad;

/// <summary>Writes agreements as an <c>agreements.txt</c> that <see cref="AgreementReader"/> reads back, sorted by title, with its header.</summary>
public static class AgreementWriter
{
    public static void Write(TextWriter writer, IEnumerable<Agreement> agreements, string sources)
    {
        writer.Write($"# format: {AgreementReader.Schema.Kind} {AgreementReader.Schema.Version}\n");
        writer.Write($"# sources: {sources}\n");
        foreach (var agreement in agreements.OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase))
        {
            var fields = new List<string> { agreement.Title };
            if (agreement.Names.Count > 0)
            {
                fields.Add($"names: {string.Join(", ", agreement.Names)}");
            }

            if (agreement.Acronyms.Count > 0)
            {
                fields.Add($"acronyms: {string.Join(", ", agreement.Acronyms)}");
            }

            fields.Add($"signed: {agreement.SignedOn:yyyy-MM-dd}");
            if (agreement.InForce is { } inForce)
            {
                fields.Add($"in force: {inForce:yyyy-MM-dd}");
            }

            fields.Add($"parties: {string.Join(", ", agreement.Parties)}");
            writer.Write(string.Join(" | ", fields));
            writer.Write('\n');
        }
    }
}
