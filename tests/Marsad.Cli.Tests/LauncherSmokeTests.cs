using Marsad.Tests.Shared;

namespace Marsad.Cli.Tests;

public class RepositoryLayoutTests
{
    [Fact]
    public void Samples_and_gold_are_bundled_in_the_repository()
    {
        Assert.Equal(5, Directory.GetFiles(SharedData.Samples("articles"), "*.txt").Length);
        Assert.True(File.Exists(SharedData.Samples("gold", "seeds.jsonl")));
    }
}
