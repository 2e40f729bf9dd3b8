using ChatBot.Core.Index;
using Microsoft.Extensions.Options;

namespace ChatBot.Commands;

/// <summary>Turns the failures a user can fix into one clear sentence and an exit code, instead of a stack trace.</summary>
internal static class CommandErrors
{
    public const int Failed = 1;
    public const int Unavailable = 3;
    public const int BadConfiguration = 4;

    public static async Task<int> GuardAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (OptionsValidationException e)
        {
            return Fail($"Configuration error: {string.Join(" ", e.Failures)}", BadConfiguration);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            return Fail(e.Message, Failed);
        }
        catch (IndexUnavailableException e)
        {
            return Fail(e.Message, Unavailable);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            return Fail(e.Message, Unavailable);
        }
        catch (OperationCanceledException)
        {
            return Fail("Cancelled.", Failed);
        }
    }

    private static bool IsUnavailable(Exception e) => e is HttpRequestException or TimeoutException;

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine(message);
        return code;
    }
}
