using System.Globalization;

namespace Marsad.Queue.Tests;

/// <summary>Writes N distinct short Arabic reports as a JSON Lines file (built from real sentence shapes).</summary>
internal static class Corpus
{
    private static readonly string[] Places = ["دوما", "حرستا", "يلدا", "ببيلا", "مخيم اليرموك", "الحجر الأسود", "حي القدم", "جوبر"];
    private static readonly string[] Actors = ["قوات النظام", "فصائل المعارضة", "تنظيم داعش", "الجانب الروسي"];

    public static string WriteJsonl(string dir, int count)
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "articles.jsonl");
        using var w = new StreamWriter(path);
        for (int i = 0; i < count; i++)
        {
            string place = Places[i % Places.Length], actor = Actors[i % Actors.Length];
            string text = $"قصفت {actor} مواقع في {place} صباح اليوم بعشرات القذائف، وفق مصادر محلية. وأفاد مراسلنا بمقتل {i % 17 + 1} أشخاص في الحادثة رقم {i.ToString(CultureInfo.InvariantCulture)}.";
            w.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = $"a{i:D5}", text, published = "2018-04-13" }));
        }
        return path;
    }
}
