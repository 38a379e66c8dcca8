namespace Dyad.Events.Evaluation;

/// <summary>
/// Writes every record that was not exactly right: its id, category and text, the dyads expected and emitted, and
/// which were missed and which were extra, so a developer sees what failed.
/// </summary>
public static class MissReport
{
    public static void Write(TextWriter writer, IEnumerable<ScoredItem> items)
    {
        foreach (var item in items.Where(i => !i.Match.IsExact))
        {
            var category = item.Gold.Category.Length > 0 ? $" [{item.Gold.Category}]" : "";
            writer.WriteLine($"{item.Gold.Id}{category}: {item.Gold.Text}");
            writer.WriteLine($"  expected: {List(item.Expected)}");
            writer.WriteLine($"  emitted:  {List(item.Emitted)}");
            if (!item.Match.Uncoded.IsEmpty)
            {
                writer.WriteLine($"  missed:   {List(item.Match.Uncoded)}");
            }

            if (!item.Match.Extra.IsEmpty)
            {
                writer.WriteLine($"  extra:    {List(item.Match.Extra)}");
            }

            writer.WriteLine();
        }
    }

    private static string List(IEnumerable<EventDyad> dyads) => string.Join(", ", dyads) is { Length: > 0 } list ? list : "(none)";
}
