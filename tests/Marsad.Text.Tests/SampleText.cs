using Marsad.Tests.Shared;

namespace Marsad.Text.Tests;

/// <summary>The bundled sample articles (samples/articles), read once.</summary>
internal static class SampleText
{
    public static string Article(string prefix)
    {
        var dir = SharedData.Samples("articles");
        foreach (var f in Directory.GetFiles(dir, prefix + "*.txt")) return File.ReadAllText(f);
        throw new FileNotFoundException($"no sample article {prefix}*.txt in {dir}");
    }

    public static string[] Surfaces(AnalysedText a)
    {
        var s = new string[a.Tokens.Length];
        for (int i = 0; i < s.Length; i++) s[i] = a.Surface(i).ToString();
        return s;
    }

    public static string[] SentenceTexts(AnalysedText a)
    {
        var s = new string[a.Sentences.Length];
        for (int i = 0; i < s.Length; i++) s[i] = a.SentenceText(i).ToString();
        return s;
    }
}
