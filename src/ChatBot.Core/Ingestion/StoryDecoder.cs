using System.Text;

namespace ChatBot.Core.Ingestion;

/// <summary>
/// Turns a file's bytes into text, or says in words why it cannot: binary content, empty file, invalid UTF-8.
/// A legacy 8-bit file can be read as Latin-1 when the configuration asks for it.
/// </summary>
public static class StoryDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; returns null and a reason when the content is not text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, bool latin1Fallback, out string? reason, out bool usedFallback)
    {
        usedFallback = false;
        if (bytes.IsEmpty)
        {
            reason = "empty file";
            return null;
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            reason = "binary content (contains NUL bytes), not a text story";
            return null;
        }

        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            reason = null;
            var text = StrictUtf8.GetString(bytes[start..]);
            if (string.IsNullOrWhiteSpace(text))
            {
                reason = "empty file (only white space)";
                return null;
            }

            return text;
        }
        catch (DecoderFallbackException e)
        {
            if (latin1Fallback)
            {
                usedFallback = true;
                reason = null;
                return Encoding.Latin1.GetString(bytes);
            }

            reason = $"not valid UTF-8 (byte offset {e.Index}); save it as UTF-8 or set ChatBot:Ingestion:Latin1Fallback";
            return null;
        }
    }
}
