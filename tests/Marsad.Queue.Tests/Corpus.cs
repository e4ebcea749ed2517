using System.Globalization;

namespace Marsad.Queue.Tests;

/// <summary>Writes N distinct short Arabic reports as plain-text files in one folder (built from real sentence shapes).</summary>
internal static class Corpus
{
    private static readonly string[] Places = ["دوما", "حرستا", "يلدا", "ببيلا", "مخيم اليرموك", "الحجر الأسود", "حي القدم", "جوبر"];
    private static readonly string[] Actors = ["قوات النظام", "فصائل المعارضة", "تنظيم داعش", "الجانب الروسي"];

    public static string WriteFolder(string dir, int count)
    {
        var path = Path.Combine(dir, "articles");
        Directory.CreateDirectory(path);
        for (int i = 0; i < count; i++)
        {
            string place = Places[i % Places.Length], actor = Actors[i % Actors.Length];
            string text = $"قصفت {actor} مواقع في {place} صباح اليوم بعشرات القذائف، وفق مصادر محلية. وأفاد مراسلنا بمقتل {i % 17 + 1} أشخاص في الحادثة رقم {i.ToString(CultureInfo.InvariantCulture)}.";
            File.WriteAllText(Path.Combine(path, $"a{i:D5}.txt"), text);
        }
        return path;
    }
}
