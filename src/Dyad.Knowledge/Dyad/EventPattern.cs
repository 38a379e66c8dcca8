using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>
/// One line of <c>events.txt</c>, such as <c>verb hold -&gt; 046 | object: talks | target: with | joint: yes</c>:
/// a predicate (verb or event noun, with an optional particle such as <c>carry out</c>), the object lemmas it
/// needs, where its target comes from (<c>object</c>, or the prepositions that introduce it), the CAMEO code for
/// source → target, the code for target → source when the pair differs (<see cref="Reverse"/>, as in the
/// 042 visit / 043 host pair), whether the action is joint (coded in both directions with the same code), and the
/// PLOVER contexts it adds.
/// </summary>
public sealed record EventPattern(
    PredicateKind Kind,
    string Lemma,
    string? Particle,
    IReadOnlyList<string> Objects,
    IReadOnlyList<string> Targets,
    string Code,
    string? Reverse,
    bool Joint,
    IReadOnlyList<string> Contexts,
    SourceLocation Source)
{
    /// <summary>The word that stands for "the direct object" in <see cref="Targets"/>.</summary>
    public const string ObjectTarget = "object";

    /// <summary>The predicate as the key writes it: <c>verb carry out</c>.</summary>
    public string Predicate => (Kind == PredicateKind.Verb ? "verb " : "noun ") + Lemma + (Particle is null ? "" : " " + Particle);
}
