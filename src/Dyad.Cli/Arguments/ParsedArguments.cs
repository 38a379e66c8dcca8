namespace Dyad.Cli.Arguments;

/// <summary>Options and positional arguments of one command, checked against the options it declares.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> _options;

    private ParsedArguments(Dictionary<string, string?> options, IReadOnlyList<string> positionals)
    {
        _options = options;
        Positionals = positionals;
    }

    public IReadOnlyList<string> Positionals { get; }

    /// <summary>
    /// Parses <paramref name="arguments"/>. <paramref name="valued"/> lists options that take a value
    /// (<c>--output FILE</c> or <c>--output=FILE</c>), <paramref name="flags"/> those that do not. A lone "-"
    /// is a positional (standard input); "--" ends the options. A short option ("-o") is an error, not a file name.
    /// </summary>
    public static ParsedArguments Parse(IReadOnlyList<string> arguments, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var positionals = new List<string>();
        var onlyPositionals = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (!onlyPositionals && argument.Length > 1 && argument[0] == '-' && char.IsLetter(argument[1]))
            {
                throw new UsageException($"unknown option {argument}; options have two dashes (--output, --date ...), and a file whose name starts with '-' goes after '--'; see --help");
            }

            if (onlyPositionals || argument == "-" || !argument.StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(argument);
                continue;
            }

            if (argument == "--")
            {
                onlyPositionals = true;
                continue;
            }

            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? argument[..equals] : argument;
            if (valued.Contains(name))
            {
                string value;
                if (equals > 0)
                {
                    value = argument[(equals + 1)..];
                }
                else if (i + 1 < arguments.Count)
                {
                    value = arguments[++i];
                }
                else
                {
                    throw new UsageException($"option {name} needs a value");
                }

                options[name] = value;
            }
            else if (flags.Contains(name) && equals < 0)
            {
                options[name] = null;
            }
            else
            {
                throw new UsageException($"unknown option {name}; see --help");
            }
        }

        return new ParsedArguments(options, positionals);
    }

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Value(string option) => _options.TryGetValue(option, out var value) ? value : null;
}
