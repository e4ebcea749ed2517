using Marsad.Extract.Knowledge;

namespace Marsad.Extract.Tests.Knowledge;

public class SideFormsTests
{
    [Fact]
    public void Demonym_fills_singular_feminine_and_listed_plural_slots()
    {
        var phrases = SideForms.Expand(["روسي", "روس"], ["الجانب {m_def}", "القوات {f_def}", "{pl_def}", "ضباط {pl}"]).ToList();
        Assert.Equal(["الجانب الروسي", "القوات الروسية", "الروس", "ضباط روس"], phrases);
    }

    [Fact]
    public void Imported_demonym_without_plurals_expands_only_singular_templates()
    {
        var phrases = SideForms.Expand(["مصري"], ["الحكومة {f_def}", "{pl_def}"]).ToList();
        Assert.Equal(["الحكومة المصرية"], phrases);
    }

    [Fact]
    public void Spelling_variants_of_the_adjective_both_expand()
    {
        var phrases = SideForms.Expand(["أمريكي/أميركي"], ["القوات {f_def}"]).ToList();
        Assert.Equal(["القوات الأمريكية", "القوات الأميركية"], phrases);
    }
}
