using System.Buffers.Text;
using System.Text;

namespace Objecteur.Print.Preflight;

/// <summary>One operand of a content-stream operator: a number, a name, or something the
/// preflight does not need to read (a string, an array, a dictionary).</summary>
internal readonly record struct Operand(double Number, string? Name, bool IsNumber)
{
    public static readonly Operand Other = new(0, null, false);
}

/// <summary>
/// Splits a content stream (PDF 32000-1 §7.8.2) into operators and their operands, inline images
/// included. It is our own rather than PDFsharp's <c>CParser</c>, which throws on an operator it
/// does not know and on nested arrays: a preflight must read any PDF, and a page it cannot read
/// whole is reported, never a crash.
/// </summary>
internal ref struct ContentScanner(ReadOnlySpan<byte> content)
{
    private readonly ReadOnlySpan<byte> _data = content;
    private int _at;

    /// <summary>The operands of the operator <see cref="Next"/> returned.</summary>
    public List<Operand> Operands { get; } = [];

    /// <summary>The dictionary of the inline image <see cref="Next"/> returned as « BI »: its keys
    /// (abbreviated or not) with their number or name.</summary>
    public Dictionary<string, Operand> InlineImage { get; } = [];

    /// <summary>The next operator, or null at the end of the stream.</summary>
    public string? Next()
    {
        Operands.Clear();
        while (true)
        {
            SkipSpace();
            if (_at >= _data.Length) return null;
            var b = _data[_at];
            if (IsRegular(b) && !IsNumberStart(b))
            {
                var word = Keyword();
                if (word is "true" or "false" or "null")
                {
                    Operands.Add(Operand.Other);
                    continue;
                }
                if (word == "BI") ReadInlineImage();
                return word;
            }
            Operands.Add(ReadOperand());
        }
    }

    private Operand ReadOperand()
    {
        var b = _data[_at];
        switch (b)
        {
            case (byte)'/':
                return new Operand(0, Name(), false);
            case (byte)'(':
                SkipLiteralString();
                return Operand.Other;
            case (byte)'<' when _at + 1 < _data.Length && _data[_at + 1] == '<':
                SkipBalanced("<<"u8, ">>"u8);
                return Operand.Other;
            case (byte)'<':
                var close = _data[_at..].IndexOf((byte)'>');
                _at = close < 0 ? _data.Length : _at + close + 1;
                return Operand.Other;
            case (byte)'[':
                SkipBalanced("["u8, "]"u8);
                return Operand.Other;
            default:
                if (IsNumberStart(b)) return Number();
                // A stray delimiter (« ) », « > », « ] », « { »): skipped, as readers do.
                _at++;
                return Operand.Other;
        }
    }

    private void ReadInlineImage()
    {
        InlineImage.Clear();
        while (true)
        {
            SkipSpace();
            if (_at >= _data.Length) return;
            if (_data[_at] != '/')
            {
                if (Keyword() == "ID") break;
                continue;
            }
            var key = Name();
            SkipSpace();
            if (_at >= _data.Length) return;
            InlineImage[key] = _data[_at] == '/' || IsNumberStart(_data[_at]) || _data[_at] is (byte)'(' or (byte)'<' or (byte)'['
                ? ReadOperand()
                : Keyword() is "true" ? new Operand(1, null, true) : Operand.Other;
        }
        // One white-space byte after « ID », then binary data up to « EI » between white space.
        _at++;
        while (_at < _data.Length)
        {
            var ei = _data[_at..].IndexOf("EI"u8);
            if (ei < 0)
            {
                _at = _data.Length;
                return;
            }
            _at += ei;
            var before = _at == 0 || IsSpace(_data[_at - 1]);
            var after = _at + 2 >= _data.Length || IsSpace(_data[_at + 2]) || IsDelimiter(_data[_at + 2]);
            _at += 2;
            if (before && after) return;
        }
    }

    private void SkipSpace()
    {
        while (_at < _data.Length)
        {
            var b = _data[_at];
            if (IsSpace(b)) _at++;
            else if (b == '%')
                while (_at < _data.Length && _data[_at] is not ((byte)'\n' or (byte)'\r')) _at++;
            else return;
        }
    }

    private string Keyword()
    {
        var start = _at;
        while (_at < _data.Length && IsRegular(_data[_at])) _at++;
        if (_at == start) _at++;
        return Encoding.Latin1.GetString(_data[start.._at]);
    }

    private string Name()
    {
        var start = ++_at;
        while (_at < _data.Length && IsRegular(_data[_at])) _at++;
        var raw = Encoding.Latin1.GetString(_data[start.._at]);
        return raw.Contains('#') ? Unescape(raw) : raw;
    }

    /// <summary>« #20 » in a name is the byte 0x20 (PDF 32000-1 §7.3.5).</summary>
    private static string Unescape(string raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length && byte.TryParse(raw.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var value))
            {
                text.Append((char)value);
                i += 2;
            }
            else text.Append(raw[i]);
        }
        return text.ToString();
    }

    private Operand Number()
    {
        var start = _at;
        while (_at < _data.Length && IsRegular(_data[_at])) _at++;
        return Utf8Parser.TryParse(_data[start.._at], out double value, out var used) && used == _at - start
            ? new Operand(value, null, true)
            : Operand.Other;
    }

    private void SkipLiteralString()
    {
        var depth = 0;
        while (_at < _data.Length)
        {
            var b = _data[_at++];
            if (b == '\\') _at++;
            else if (b == '(') depth++;
            else if (b == ')' && --depth == 0) return;
        }
    }

    /// <summary>Skips an array or a dictionary, with what it nests (strings may hold brackets).</summary>
    private void SkipBalanced(ReadOnlySpan<byte> open, ReadOnlySpan<byte> close)
    {
        var depth = 0;
        while (_at < _data.Length)
        {
            if (_data[_at..].StartsWith(open))
            {
                depth++;
                _at += open.Length;
            }
            else if (_data[_at..].StartsWith(close))
            {
                _at += close.Length;
                if (--depth == 0) return;
            }
            else if (_data[_at] == '(') SkipLiteralString();
            else _at++;
        }
    }

    private static bool IsSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsRegular(byte b) => !IsSpace(b) && !IsDelimiter(b);

    private static bool IsNumberStart(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'+' or (byte)'.';
}
