namespace Marsad.Extract.Events;

/// <summary>
/// record.md: one event per distinct happening. A sentence that names one fight with several words —
/// "ووقعت اشتباكات بينها وبين المدافعين … وأسفرت الاشتباكات …", "غارات شنها طيران التحالف الذي نفذ عدة
/// غارات" — tells one attack: a later event of the same type with the same doer, the same (or no)
/// target and the same (or no) place is that one again. Different places stay apart ("41 غارة: 17
/// قرب الرقة و7 قرب الحسكة" are each an event), and so do different sides, different modes (a campaign,
/// clashes and air strikes in one sentence are coded apart) and a reply in kind ("ورد التنظيم على
/// القصف … بقصف مماثل", cue kind <c>counter</c>). Attacks only: two exits, meetings or tours in one
/// sentence are, as the sample gold reads them, different happenings.
/// </summary>
internal static class SameHappening
{
    public readonly record struct Roles(string Type, string? Mode, int Actor1, int Actor2, int Place, bool Counter);

    /// <summary>Whether <paramref name="later"/> restates <paramref name="earlier"/> (same sentence).</summary>
    public static bool Is(Roles earlier, Roles later, Func<int, int, bool> sameActor)
    {
        if (earlier.Type != "ASSAULT" || later.Type != "ASSAULT" || earlier.Mode != later.Mode || later.Counter) return false;
        if (!Same(earlier.Actor1, later.Actor1, sameActor, nullMatches: false)) return false;
        if (!Same(earlier.Actor2, later.Actor2, sameActor, nullMatches: true)) return false;
        return earlier.Place < 0 || later.Place < 0 || earlier.Place == later.Place;
    }

    // The doer must agree, null with null (an unnamed attacker twice is the same unnamed attacker);
    // a target or place left unsaid the second time does not make a new happening.
    private static bool Same(int a, int b, Func<int, int, bool> sameActor, bool nullMatches)
    {
        if (a < 0 || b < 0) return a == b || nullMatches;
        return sameActor(a, b);
    }
}
