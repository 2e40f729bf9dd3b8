using System.Globalization;
using ChatBot.Core.Stories;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Index.Sqlite;

/// <summary>Reads and writes the story columns shared by several queries.</summary>
internal static class SqliteRows
{
    /// <summary>Columns 0..7: id, source, title, outlet, url, published, author, content_hash.</summary>
    public const string StoryColumns = "stories.id, stories.source, stories.title, stories.outlet, stories.url, stories.published, stories.author, stories.content_hash";

    public static StoryMetadata ReadMetadata(SqliteDataReader reader, int first) => new(
        Title: NullableString(reader, first),
        Outlet: NullableString(reader, first + 1),
        Url: NullableString(reader, first + 2),
        Published: reader.IsDBNull(first + 3)
            ? null
            : DateTimeOffset.Parse(reader.GetString(first + 3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        Author: NullableString(reader, first + 4));

    public static object DbValue(string? value) => value is null ? DBNull.Value : value;

    public static object DbValue(DateTimeOffset? value) =>
        // Stored in UTC so that string comparison orders instants.
        value is null ? DBNull.Value : value.Value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
