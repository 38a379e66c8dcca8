using Dyad.Cli.Arguments;

namespace Dyad.Cli.Tests.Arguments;

public sealed class ConlluGoldFilesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dyad-gold-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Expand_FolderAndFile_ListsFolderConlluFilesInOrderThenTheFile()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "sub", "b.conllu"), "");
        File.WriteAllText(Path.Combine(folder, "sub", "a.conllu"), "");
        File.WriteAllText(Path.Combine(folder, "sub", "notes.txt"), "");
        var single = Path.Combine(folder, "single.txt");
        File.WriteAllText(single, "");
        var error = new StringWriter();

        var files = ConlluGoldFiles.Expand([Path.Combine(folder, "sub"), single], "dyad eval x", "files", error);

        Assert.Equal([Path.Combine(folder, "sub", "a.conllu"), Path.Combine(folder, "sub", "b.conllu"), single], files);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Expand_MissingPath_NamesItAndSaysWhatToPass()
    {
        var missing = Path.Combine(folder, "missing");
        var error = new StringWriter();

        var files = ConlluGoldFiles.Expand([missing], "dyad eval x", "CoNLL-U files", error);

        Assert.Null(files);
        Assert.Equal($"dyad eval x: {missing}: no such file or folder; pass CoNLL-U files", error.ToString().Trim());
    }

    [Fact]
    public void Expand_FolderWithoutConllu_SaysNoFilesFound()
    {
        var error = new StringWriter();

        var files = ConlluGoldFiles.Expand([folder], "dyad eval x", "CoNLL-U files", error);

        Assert.Null(files);
        Assert.Contains($"no .conllu files under {folder}", error.ToString(), StringComparison.Ordinal);
    }
}
