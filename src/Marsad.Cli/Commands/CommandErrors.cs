using Marsad.Store;
using Marsad.Store.Search;
using Marsad.Text.Resources;

namespace Marsad.Cli.Commands;

/// <summary>Turns the errors a user can act on into one line on stderr and an exit code, never a stack trace.</summary>
internal static class CommandErrors
{
    public static async Task<int> Guard(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (UsageException e) { return Fail(e.Message, 2); }
        catch (SearchSyntaxException e) { return Fail(e.Message, 2); }
        catch (StoreException e) { return Fail(e.Message, 1); }
        catch (ResourceFormatException e) { return Fail(e.Message, 1); }
        catch (DirectoryNotFoundException e) { return Fail(e.Message, 1); }
        catch (OperationCanceledException) { return Fail("cancelled", 130); }
    }

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine($"marsad: {message}");
        return code;
    }
}
