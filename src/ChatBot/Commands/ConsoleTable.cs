using Spectre.Console;

namespace ChatBot.Commands;

/// <summary>
/// A table for the terminal: drawn with Spectre.Console when standard output is a terminal; when it is
/// redirected (<c>sources | cat</c>, a file), one tab-separated line per row, without escape sequences and
/// without wrapping long ids at 80 columns.
/// </summary>
internal sealed class ConsoleTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public ConsoleTable AddRow(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public void Write(TextWriter output, bool redirected)
    {
        if (redirected)
        {
            output.WriteLine(string.Join('\t', headers));
            foreach (var row in _rows) output.WriteLine(string.Join('\t', row.Select(OneLine)));
            return;
        }

        var table = new Table().AddColumns(headers.Select(Markup.Escape).ToArray());
        foreach (var row in _rows) table.AddRow(row.Select(Markup.Escape).ToArray());
        AnsiConsole.Write(table);
    }

    private static string OneLine(string cell) => cell.Replace('\t', ' ').Replace('\n', ' ').Replace("\r", "", StringComparison.Ordinal);
}
