namespace Dyad.Events.Evaluation;

/// <summary>The part of an actor code that an <see cref="ActorMatch"/> compares.</summary>
public static class ActorCodes
{
    public static string Compared(string code, ActorMatch match) => match switch
    {
        ActorMatch.Lenient => code[..Math.Min(3, code.Length)],
        ActorMatch.Strict => code[..Math.Min(6, code.Length)],
        _ => code,
    };
}
