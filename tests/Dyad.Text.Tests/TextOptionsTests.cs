namespace Dyad.Text.Tests;

public sealed class TextOptionsTests
{
    [Fact]
    public void Default_Always_FindsDatelinesAndSplitsHyphensAsUdDoes()
    {
        Assert.True(TextOptions.Default.FindDateline);
        Assert.True(TextOptions.Default.SplitHyphens);
    }

    [Fact]
    public void With_ChangedOption_LeavesDefaultUntouched()
    {
        var keep = TextOptions.Default with { SplitHyphens = false };

        Assert.False(keep.SplitHyphens);
        Assert.True(TextOptions.Default.SplitHyphens);
        Assert.NotEqual(TextOptions.Default, keep);
    }
}
