using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Petrarch;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests.Petrarch;

public sealed class PetrarchKnowledgeLoaderTests
{
    [SharedFact("compat/phoenix/CAMEO.2.0.txt")]
    public void Load_Phoenix_NoErrorsAndTheCountsOfTheIssue()
    {
        var knowledge = PetrarchKnowledgeLoader.Load(SharedData.PathOf("compat/phoenix"));

        Assert.DoesNotContain(knowledge.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(knowledge.Actors.Count >= 25_000, $"{knowledge.Actors.Count} actor records");
        Assert.True(knowledge.VerbPatternCount >= 4_500, $"{knowledge.VerbPatternCount} verb patterns");
        Assert.True(knowledge.Agents.Count >= 2_000, $"{knowledge.Agents.Count} agents");
        Assert.NotEmpty(knowledge.Discards);
        Assert.NotEmpty(knowledge.Issues);
        Assert.All(knowledge.Diagnostics, d => Assert.True(d.Line > 0 || d.Severity == DiagnosticSeverity.Warning));
    }

    [SharedFact("compat/petrarch2-validate/PETR_Validate_Internal_Coding_Ontology_1_01.txt")]
    public void Load_ValidationSuite_ReadsTheInternalCodingOntology()
    {
        var knowledge = PetrarchKnowledgeLoader.Load(SharedData.PathOf("compat/petrarch2-validate"));

        Assert.NotNull(knowledge.Ontology);
        Assert.True(knowledge.Ontology.Count >= 250, $"{knowledge.Ontology.Count} codes");
        Assert.Equal("050", knowledge.Ontology.OppositeOf("110"));
        Assert.DoesNotContain(knowledge.Diagnostics, d => d.File.Contains("Ontology", StringComparison.Ordinal));
    }

    [SharedFact("compat/phoenix/Phoenix.International.actors.txt")]
    public void Load_Phoenix_EightDigitAndMalformedDatesAreWarningsWithLines()
    {
        var knowledge = PetrarchKnowledgeLoader.Load(SharedData.PathOf("compat/phoenix"));

        Assert.Contains(knowledge.Diagnostics, d => d.File.EndsWith("Phoenix.International.actors.txt", StringComparison.Ordinal) && d.Line == 40 && d.Message.Contains("2004017", StringComparison.Ordinal));
    }

    [SharedFact("compat/phoenix/Phoenix.Countries.actors.txt")]
    public void Load_Phoenix_DateRestrictedLeaderResolvesByDate()
    {
        var knowledge = PetrarchKnowledgeLoader.Load(SharedData.PathOf("compat/phoenix"));
        var preval = knowledge.Actors.First(a => a.Phrases[0] is ["RENE", "PREVAL"]);

        Assert.Equal("HTIGOV", preval.CodeOn(new DateOnly(1998, 1, 1)));
        Assert.Equal("HTIELI", preval.CodeOn(new DateOnly(1980, 1, 1)));
        var medvedev = knowledge.Actors.First(a => a.Phrases[0] is ["DMITRY", "MEDVEDEV"]);
        Assert.Contains(["DMITRI", "MEDVEDEV"], medvedev.Phrases);
        Assert.Equal("RUSGOV", medvedev.CodeOn(new DateOnly(2010, 1, 1)));
    }

    [SharedFact("compat/petrarch2-validate/PETR_Validate_verbs_2_02.txt")]
    public void Load_ValidationSuite_NoErrorsAndEveryFileRead()
    {
        var knowledge = PetrarchKnowledgeLoader.Load(SharedData.PathOf("compat/petrarch2-validate"));

        Assert.DoesNotContain(knowledge.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(knowledge.Actors.Count >= 100, $"{knowledge.Actors.Count} actors");
        Assert.True(knowledge.Agents.Count >= 50, $"{knowledge.Agents.Count} agents");
        Assert.True(knowledge.VerbPatternCount >= 300, $"{knowledge.VerbPatternCount} patterns");
        Assert.Single(knowledge.VerbSets);
        Assert.Contains(knowledge.Diagnostics, d => d.Message.Contains("'[075A]'", StringComparison.Ordinal));
    }

    [SharedFact("compat/petrarch2-validate/PETR_Validate_actors_2_02.txt")]
    public void Load_ValidationSuite_GollumRestrictionsResolveByDate()
    {
        var knowledge = PetrarchKnowledgeLoader.Load(SharedData.PathOf("compat/petrarch2-validate"));
        var sam = knowledge.Actors.Single(a => a.Phrases[0] is ["SAM", "GAMGEE"]);

        Assert.Equal("ORCHOB", sam.CodeOn(new DateOnly(2010, 1, 10)));
        Assert.Equal("HOBMIL", sam.CodeOn(new DateOnly(2010, 1, 13)));
        Assert.Equal("HOBCIV", sam.CodeOn(new DateOnly(2008, 1, 19)));
        Assert.Equal("HOBELI", sam.CodeOn(new DateOnly(2014, 1, 1)));
    }

    [Fact]
    public void Load_FolderWithoutDictionaries_ReportsOneError()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var knowledge = PetrarchKnowledgeLoader.Load(directory.FullName);

            Assert.Equal(DiagnosticSeverity.Error, Assert.Single(knowledge.Diagnostics).Severity);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
