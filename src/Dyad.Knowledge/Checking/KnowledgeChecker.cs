using Dyad.Knowledge.Codes;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Knowledge.Checking;

/// <summary>Loads a knowledge folder in one of the supported formats and summarises it.</summary>
public static class KnowledgeChecker
{
    /// <summary>Checks a folder of PETRARCH-2 dictionaries; actors are counted as records (a phrase with its synonyms).</summary>
    public static KnowledgeCheckReport CheckPetrarch(string directory)
    {
        var knowledge = PetrarchKnowledgeLoader.Load(directory);
        return new KnowledgeCheckReport(knowledge.Actors.Count, knowledge.Agents.Count, knowledge.VerbPatternCount, 0, 0, knowledge.Diagnostics);
    }

    /// <summary>
    /// Checks a folder of Dyad's own knowledge files, with the code tables in its <c>codes/</c> subfolder when there
    /// is one (a user's folder of places or people need not carry them); the event patterns' codes must be in them.
    /// </summary>
    public static KnowledgeCheckReport CheckDyad(string directory)
    {
        var knowledge = DyadKnowledgeLoader.Load(directory);
        var diagnostics = knowledge.Diagnostics.ToList();
        var eventCodes = 0;
        var codes = Path.Combine(directory, CodeTableLoader.Folder);
        if (Directory.Exists(codes))
        {
            var table = CodeTableLoader.Load(codes);
            diagnostics.AddRange(table.Diagnostics);
            diagnostics.AddRange(CodeTableLoader.CheckEventPatterns(knowledge.EventPatterns, table.Value));
            eventCodes = table.Value.Count;
        }

        return new KnowledgeCheckReport(knowledge.ActorCount, knowledge.Agents.Count, knowledge.EventPatterns.Count, knowledge.Places.Count, knowledge.Agreements.Count, diagnostics)
        {
            EventCodes = eventCodes,
        };
    }
}
