using Marsad.Tests.Shared;

namespace Marsad.Text.Tests;

/// <summary>
/// Whole sample articles in, whole sentence lists out: golden/NAME.sentences.txt holds the token
/// count and one sentence per line, reviewed by hand. After an intended change, regenerate with
/// <c>MARSAD_UPDATE_GOLDEN=1 dotnet test tests/Marsad.Text.Tests --filter GoldenSentence</c>
/// and review the diff before committing it.
/// </summary>
public class GoldenSentenceTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(SharedData.Samples("articles"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_article_splits_as_reviewed(string name)
    {
        var text = File.ReadAllText(SharedData.Samples("articles", name + ".txt"));
        var a = TextAnalyzer.Analyse(text);
        var actual = new List<string> { $"# tokens: {a.Tokens.Length}" };
        actual.AddRange(SampleText.SentenceTexts(a));
        var golden = Path.Combine(SharedData.RepoRoot, "tests", "Marsad.Text.Tests", "golden", name + ".sentences.txt");
        if (Environment.GetEnvironmentVariable("MARSAD_UPDATE_GOLDEN") == "1")
            File.WriteAllLines(golden, actual);
        Assert.True(File.Exists(golden), $"{golden} is missing; create it with MARSAD_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllLines(golden), actual);
    }
}
