using System.ClientModel;
using System.Globalization;

namespace ChatBot.Llm;

/// <summary>Reads how long a 429 or 503 asks the client to wait: retry-after-ms, or Retry-After in seconds or as a date.</summary>
public static class RetryAfter
{
    /// <summary>The requested wait, or null when the response names none.</summary>
    public static TimeSpan? From(ClientResultException exception, DateTimeOffset now)
    {
        var headers = exception.GetRawResponse()?.Headers;
        if (headers is null) return null;
        if (headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        if (!headers.TryGetValue("Retry-After", out var value) || value is null) return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0) return TimeSpan.FromSeconds(seconds);
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) && date > now ? date - now : null;
    }
}
