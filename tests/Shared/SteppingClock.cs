namespace Marsad.Tests.Shared;

/// <summary>
/// A clock that moves forward by <paramref name="step"/> every time it is read, so a time budget
/// trips after a known number of checks, whatever the machine's speed or load.
/// </summary>
public sealed class SteppingClock(TimeSpan step) : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        return Interlocked.Add(ref _ticks, step.Ticks);
    }
}
