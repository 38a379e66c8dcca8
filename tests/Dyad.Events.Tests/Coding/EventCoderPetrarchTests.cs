using Dyad.Events.Coding;
using Dyad.Events.Patterns;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Events.Tests.Coding;

/// <summary>The event coder with PETRARCH-2 verb dictionaries and conventions, on dictionaries written for these tests.</summary>
public sealed class EventCoderPetrarchTests
{
    private const string Verbs = """
        &CURRENCY
        +FRANC

        &HYPERCURRENCY
        +GOLD FRANC

        &TIETYPES
        +MILITARY
        +ECONOMIC

        --- ABANDON [1121] ---
        ABANDON
        - * {IMPROVED &TIETYPES RELATIONS} [1952]

        --- BOYCOTT [163] ---
        BOYCOTT
        - NEITHER * [057]

        --- BEGIN [---] ---
        BEGIN {BEGINS BEGINNING BEGAN BEGUN}
        - * (TO QUESTION) [110]

        --- BREAK [120] ---
        BREAK {BREAKS BROKE BROKEN BREAKING}
        +BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN +BROKEN_DOWN +BREAKING_DOWN}
        - * TREATY [1246]

        --- CLASH [190] ---
        CLASH
        - * (OVER EFFORTS) [110]

        --- CONTRIBUTE [070] ---
        CONTRIBUTE
        - * &CURRENCY [071]
        - * &HYPERCURRENCY [190]

        --- DOWNPLAY [014] ---
        DOWNPLAY
        - % * [120]

        --- ALLOW [080] ---
        ALLOW

        --- AGREE [050] ---
        AGREE
        - % * [050]

        --- RESOLVE [080] ---
        RESOLVE

        --- CELEBRATE [051] ---
        CELEBRATE
        - * EID (AT) (WITH +) [017]
        - * IFTAR (WITH ^) + [017]
        - * {MAY DAY} $ [017]
        - * TABASKI ^ $ [017]

        --- FEAST [017] ---
        FEAST
        - * (AT ^ ^) + [042]

        --- RECEIVE [070] ---
        RECEIVE
        - + * MONEY $ [071]

        --- HOST [043:042] ---
        HOST

        --- CRITICIZE [111] ---
        CRITICIZE

        --- LEAVE [012] ---
        LEAVE

        --- LEFT [042:043] ---
        LEFT

        --- FIRE [190] ---
        FIRE

        --- FREE [080] ---
        FREE
        - + * (FROM $) [080]

        --- RECEIVE [033] ---
        RECEIVE
        - + * MONEY $ [071]

        --- SIGN [057] ---
        SIGN
        - * ACCORD [056]

        --- SUPPORT [050] ---
        SUPPORT

        --- VOW [170] ---
        VOW
        - * WAR [190]

        --- WARN [130] ---
        WARN
        - * THEIR ^ ABOUT + [130]

        --- RESCHEDULE [082] ---
        RESCHEDULE

        --- RISE [---] ---
        RISE {RISES ROSE RISEN RISING}
        - {DEATH TOLL} * [190]

        """;

    private const string Ontology = """
        050:0x0080#Cooperate diplomatically
        110:0xFFFF+0x0080#Disapprove
        190:0x00A0#Fight
        """;

    private static readonly Lazy<EventStage> Stage = new(Build);

    [Theory]
    [InlineData("Russia will contribute a million francs to Kyrgyzstan.", "RUS>KGZ:071")]
    [InlineData("Russia will contribute a million gold francs to Kyrgyzstan.", "RUS>KGZ:190")]
    [InlineData("Russia broke down the treaty with Kyrgyzstan.", "RUS>KGZ:1246")]
    [InlineData("Russia clashed over the efforts of Kyrgyzstan.", "RUS>KGZ:110")]
    [InlineData("Russia did not clash over the efforts of Kyrgyzstan.", "RUS>KGZ:050")]
    [InlineData("Russia did not clash with Kyrgyzstan.", "")]
    [InlineData("Russia clashed with the rebels while on patrol in Kyrgyzstan.", "")]
    [InlineData("Russia and Kyrgyzstan downplayed the meeting.", "RUS>KGZ:120 KGZ>RUS:120")]
    [InlineData("Russia downplayed the meeting with Kyrgyzstan.", "RUS>KGZ:014")]
    [InlineData("Russia allowed that Kyrgyzstan is a pleasant place.", "RUS>KGZ:080")]
    [InlineData("Russia will contribute a million francs to Kyrgyzstan after the baseball match.", "")]
    [InlineData("Russia won't try to clash over the efforts of Kyrgyzstan.", "RUS>KGZ:110")]
    [InlineData("Russia and Kyrgyzstan agree that the dispute should be resolved.", "RUS>KGZ:050 KGZ>RUS:050")]
    [InlineData("Russia celebrated Eid at Astana with Kyrgyzstan.", "RUS>KGZ:017")]
    [InlineData("Russia celebrated Iftar with Kazakhstan in Kyrgyzstan.", "RUS>KGZ:017")]
    [InlineData("Kyrgyzstan was criticized over its dispute with Russia.", "RUS>KGZ:111")]
    [InlineData("Kyrgyzstan was heavily and unjustly criticized over its dispute with Russia.", "RUS>KGZ:111")]
    [InlineData("Kyrgyzstan was warned and criticized over its dispute with Russia.", "RUS>KGZ:111")]
    [InlineData("Kyrgyzstan's death toll rose in the dispute with Russia.", "KGZ>RUS:190")]
    [InlineData("Russia left for Kyrgyzstan.", "RUS>KGZ:042 KGZ>RUS:043")]
    [InlineData("Russia celebrated May Day with Kyrgyzstan.", "KGZ>RUS:017")]
    [InlineData("Russia feasted at Astana with Kazakhstan in Kyrgyzstan.", "RUS>KGZ:042")]
    [InlineData("Kyrgyzstan received money from Russia.", "RUS>KGZ:071")]
    [InlineData("Russia hosted Kazakhstan.", "RUS>KAZ:043 KAZ>RUS:042")]
    [InlineData("Russia hosted Kazakhstan to celebrate May Day with Kyrgyzstan.", "KGZ>RUS:017")]
    [InlineData("Russia celebrated Tabaski with Kazakhstan in Kyrgyzstan.", "KGZ>RUS:017")]
    [InlineData("Russia has begun to question whether it has a future with Kyrgyzstan.", "RUS>KGZ:110")]
    [InlineData("Russia has begun to build a future with Kyrgyzstan.", "")]
    [InlineData("Russia warned their Kazakh partners about Kyrgyzstan.", "RUS>KGZ:130")]
    [InlineData("Russia warned Kazakhstan about the weather.", "RUS>KAZ:130")]
    [InlineData("Russia criticized the parade supporting Kyrgyzstan.", "RUS>KGZ:111")]
    [InlineData("Russia signed an accord on Monday to supply Kyrgyzstan with wheat.", "RUS>KGZ:056")]
    [InlineData("Kyrgyzstan was freed from Russia.", "RUS>KGZ:080")]
    [InlineData("Russia vowed on Monday to wage war on Kyrgyzstan.", "RUS>KGZ:190")]
    [InlineData("Russia has rescheduled its annual mushroom hunting trip in Kyrgyzstan.", "RUS>KGZ:082")]
    [InlineData("Neither Russia nor Kazakhstan boycotted Kyrgyzstan.", "RUS>KGZ:163 KAZ>KGZ:163")]
    [InlineData("Russia vowed on Monday to wage a campaign on Kyrgyzstan.", "RUS>KGZ:170")]
    [InlineData("Russia signed an accord on Monday to criticize Kyrgyzstan.", "RUS>KGZ:111")]
    [InlineData("Russia criticized the Kazakh troops supporting Kyrgyzstan.", "RUS>KAZMIL:111 KAZMIL>KGZ:050")]
    [InlineData("Russia abandoned improved economic relations with Kyrgyzstan.", "RUS>KGZ:1952")]
    [InlineData("Russia has abandoned improved global economic relations with Kyrgyzstan.", "RUS>KGZ:1952")]
    [InlineData("Russia abandoned improved military and economic relations with Kyrgyzstan.", "RUS>KGZ:1952")]
    [InlineData("Russia abandoned improved economic and trade relations with Kyrgyzstan.", "RUS>KGZ:1952")]
    [InlineData("Russia abandoned improved economic trade relations with Kyrgyzstan.", "RUS>KGZ:1121")]
    [InlineData("Russia abandoned economic relations with Kyrgyzstan.", "RUS>KGZ:1121")]
    public void Code_PetrarchDictionary_FollowsPetrarchConventions(string sentence, string expected)
    {
        var dyads = CodingPipeline.Dyads(CodingPipeline.Code(sentence, "2023-05-08", Stage.Value));

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), dyads.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Valdoria accused Kestria.", "VAL>KES:112")]
    [InlineData("Valdoria fired artillery at Kestria.", "VAL>KES:180")]
    [InlineData("Soldiers from Valdoria accused Kestria.", "VALMIL>KES:112")]
    [InlineData("Soldiers from the Valdoria border accused Kestria.", "VALMIL>KES:112")]
    [InlineData("The Valdorian government condemned an attack by Kestrian soldiers on Monday.", "VALGOV>KESMIL:111")]
    [InlineData("The ministers of Valdoria and Kestria accused Ithaca.", "VALGOV>ITH:112 KESGOV>ITH:112")]
    [InlineData("Ithaca accused the ministers of Valdoria in Kestria.", "ITH>VALGOV:112")]
    [InlineData("The ministers in Kestria accused Ithaca.", "KESGOV>ITH:112")]
    [InlineData("The embassy of Valdoria accused Kestria.", "VAL>KES:112")]
    [InlineData("Valdoria's foreign minister Romendacil accused Kestria.", "VALGOV>KES:112")]
    [InlineData("Kestria's first Deputy Prime Minister Haldir accused Ithaca.", "KESGOV>ITH:112")]
    [InlineData("Haldir accused Ithaca.", "KES>ITH:112")]
    [InlineData("Minister Haldir accused Ithaca.", "KESGOV>ITH:112")]
    [InlineData("Valdoria and Kestria condemned the weather.", "VAL>KES:111 KES>VAL:111")]
    [InlineData("The embassy of Valdoria and Kestria condemned the weather.", "")]
    [InlineData("Valdoria condemned the closure of schools in Kestria.", "VAL>KES:111")]
    [InlineData("Relief agency Valdoria accused Kestria.", "NGOVAL>KES:112")]
    [InlineData("Valdoria accused Kestria after the football match.", "")]
    [InlineData("The earthquake was strong. Valdoria accused Kestria.", "")]
    [InlineData("The earthquakes were strong. Valdoria accused Kestria.", "VAL>KES:112")]
    public void Code_SentenceWithPetrarchDictionaries_GivesTheExpectedDyads(string text, string expected)
    {
        var dyads = PetrarchCodingPipeline.Dyads(text);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), dyads.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Code_NounParsedAsObjectBeforeItsVerb_IsNotTheTarget()
    {
        const string Text = "Kazakhstan Prime Minister Romendacil did not clash over the efforts of Russia.";
        var story = CodingPipeline.Annotate(Text, "2023-05-08");
        var clash = story.Tokens.IndexOf(story.Tokens.Single(t => t.ToString(Text) == "clash"));
        var syntax = story.Syntax;
        var romendacil = story.Tokens.IndexOf(story.Tokens.Single(t => t.ToString(Text) == "Romendacil"));
        var misparsed = story with
        {
            Syntax = syntax.SetItem(0, syntax[0] with { Head = clash, Relation = "obj" }).SetItem(romendacil, syntax[romendacil] with { Head = clash, Relation = "nsubj" }),
        };

        var dyads = CodingPipeline.Dyads(Stage.Value.Process(misparsed));

        Assert.Equal(["KAZGOV>RUS:050"], dyads);
    }

    [Fact]
    public void Code_PhraseHungOnTheFullStop_GivesTheTarget()
    {
        const string Text = "Russia fired shells at Kyrgyzstan.";
        var story = CodingPipeline.Annotate(Text, "2023-05-08");
        var stop = story.Tokens.IndexOf(story.Tokens.Single(t => t.ToString(Text) == "."));
        var kyrgyzstan = story.Tokens.IndexOf(story.Tokens.Single(t => t.ToString(Text) == "Kyrgyzstan"));
        var misparsed = story with { Syntax = story.Syntax.SetItem(kyrgyzstan, story.Syntax[kyrgyzstan] with { Head = stop, Relation = "nsubj" }) };

        var dyads = CodingPipeline.Dyads(Stage.Value.Process(misparsed));

        Assert.Equal(["RUS>KGZ:190"], dyads);
    }

    [Fact]
    public void Code_PurposeInfinitiveParsedAsAdverbialClause_CodesTheComplementInstead()
    {
        const string Text = "Russia hosted Kazakhstan to celebrate May Day with Kyrgyzstan.";
        var story = CodingPipeline.Annotate(Text, "2023-05-08");
        var hosted = story.Tokens.IndexOf(story.Tokens.Single(t => t.ToString(Text) == "hosted"));
        var celebrate = story.Tokens.IndexOf(story.Tokens.Single(t => t.ToString(Text) == "celebrate"));
        var misparsed = story with { Syntax = story.Syntax.SetItem(celebrate, story.Syntax[celebrate] with { Head = hosted, Relation = "advcl" }) };

        var dyads = CodingPipeline.Dyads(Stage.Value.Process(misparsed));

        Assert.Equal(["KGZ>RUS:017"], dyads);
    }

    private static EventStage Build()
    {
        var verbs = PetrarchVerbReader.Parse(Verbs, "verbs.txt");
        var ontology = PetrarchOntologyReader.Parse(Ontology, "ontology.txt");
        var discards = PetrarchDiscardReader.Parse("BASEBALL\n", "discards.txt");
        Assert.Empty(verbs.Diagnostics.Concat(ontology.Diagnostics).Concat(discards.Diagnostics));
        var conventions = CodingConventions.Petrarch(ontology.Value, new DiscardList(discards.Value));
        return new EventStage(new EventCoder(PetrarchPatternCompiler.Compile([verbs.Value]), BundledCodes.Table, conventions));
    }
}
