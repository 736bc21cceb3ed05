using System.Globalization;

namespace Objecteur.Print.Content;

/// <summary>
/// The SVG path mini-language (<c>d="M3 7a2 2 0 0 1 2 -2h14…"</c>) reduced to figures of lines and
/// cubic Béziers, in absolute coordinates: relative commands are resolved, H/V become lines,
/// quadratic curves are raised to cubics and elliptical arcs are split into cubic pieces of at
/// most 90° (SVG 1.1, appendix F.6). Malformed data ends the path where the error is, as SVG
/// renderers do, rather than failing: icons from icon sets are drawn as browsers draw them.
/// </summary>
public static class SvgPathData
{
    public static IReadOnlyList<IconFigure> Parse(string d)
    {
        var figures = new List<IconFigure>();
        var tokens = new Tokens(d);
        var current = new IconPoint(0, 0);
        var start = current;
        var segments = new List<IconSegment>();
        IconPoint? lastCubic = null, lastQuad = null;
        var command = '\0';

        void Flush(bool closed)
        {
            if (segments.Count > 0) figures.Add(new IconFigure(start, segments.ToList(), closed));
            segments.Clear();
        }

        while (tokens.More())
        {
            if (tokens.Command() is { } c) command = c;
            else if (command is '\0' or 'Z' or 'z') break;
            var relative = char.IsLower(command);
            IconPoint Abs(double x, double y) => relative ? new(current.X + x, current.Y + y) : new(x, y);
            IconPoint? cubic = null, quad = null;
            try
            {
                switch (char.ToUpperInvariant(command))
                {
                    case 'M':
                        Flush(false);
                        current = start = Abs(tokens.Number(), tokens.Number());
                        // Further pairs after a moveto are implicit linetos.
                        command = relative ? 'l' : 'L';
                        break;
                    case 'L':
                        current = Add(segments, IconSegment.Line(Abs(tokens.Number(), tokens.Number())));
                        break;
                    case 'H':
                        var x = tokens.Number();
                        current = Add(segments, IconSegment.Line(new(relative ? current.X + x : x, current.Y)));
                        break;
                    case 'V':
                        var y = tokens.Number();
                        current = Add(segments, IconSegment.Line(new(current.X, relative ? current.Y + y : y)));
                        break;
                    case 'C':
                        var c1 = Abs(tokens.Number(), tokens.Number());
                        var c2 = Abs(tokens.Number(), tokens.Number());
                        current = Add(segments, IconSegment.Curve(c1, c2, Abs(tokens.Number(), tokens.Number())));
                        cubic = c2;
                        break;
                    case 'S':
                        var r1 = lastCubic is { } lc ? Reflect(lc, current) : current;
                        var s2 = Abs(tokens.Number(), tokens.Number());
                        current = Add(segments, IconSegment.Curve(r1, s2, Abs(tokens.Number(), tokens.Number())));
                        cubic = s2;
                        break;
                    case 'Q':
                        var q = Abs(tokens.Number(), tokens.Number());
                        current = Add(segments, Raise(current, q, Abs(tokens.Number(), tokens.Number())));
                        quad = q;
                        break;
                    case 'T':
                        var t = lastQuad is { } lq ? Reflect(lq, current) : current;
                        current = Add(segments, Raise(current, t, Abs(tokens.Number(), tokens.Number())));
                        quad = t;
                        break;
                    case 'A':
                        var (rx, ry, angle) = (tokens.Number(), tokens.Number(), tokens.Number());
                        var (large, sweep) = (tokens.Flag(), tokens.Flag());
                        var end = Abs(tokens.Number(), tokens.Number());
                        segments.AddRange(Arc(current, rx, ry, angle, large, sweep, end));
                        current = end;
                        break;
                    case 'Z':
                        Flush(true);
                        current = start;
                        break;
                    default:
                        return figures;
                }
            }
            catch (FormatException)
            {
                break;
            }
            lastCubic = cubic;
            lastQuad = quad;
        }
        Flush(false);
        return figures;
    }

    private static IconPoint Add(List<IconSegment> segments, IconSegment segment)
    {
        segments.Add(segment);
        return segment.End;
    }

    private static IconPoint Reflect(IconPoint control, IconPoint about) => new(2 * about.X - control.X, 2 * about.Y - control.Y);

    private static IconSegment Raise(IconPoint p0, IconPoint q, IconPoint p1) => IconSegment.Curve(
        new(p0.X + 2.0 / 3 * (q.X - p0.X), p0.Y + 2.0 / 3 * (q.Y - p0.Y)),
        new(p1.X + 2.0 / 3 * (q.X - p1.X), p1.Y + 2.0 / 3 * (q.Y - p1.Y)), p1);

    /// <summary>An elliptical arc as cubic pieces (SVG 1.1 F.6.5 and F.6.6: radii scaled up when
    /// too small, a zero radius draws a line).</summary>
    public static IReadOnlyList<IconSegment> Arc(IconPoint from, double rx, double ry, double angleDegrees, bool large, bool sweep, IconPoint to)
    {
        if (from == to) return [];
        rx = Math.Abs(rx);
        ry = Math.Abs(ry);
        if (rx == 0 || ry == 0) return [IconSegment.Line(to)];
        var phi = angleDegrees * Math.PI / 180;
        var (cos, sin) = (Math.Cos(phi), Math.Sin(phi));
        var dx = (from.X - to.X) / 2;
        var dy = (from.Y - to.Y) / 2;
        var x1 = cos * dx + sin * dy;
        var y1 = -sin * dx + cos * dy;
        var lambda = x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry);
        if (lambda > 1)
        {
            rx *= Math.Sqrt(lambda);
            ry *= Math.Sqrt(lambda);
        }
        var num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
        var den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
        var coef = (large == sweep ? -1 : 1) * Math.Sqrt(Math.Max(0, num / den));
        var cx1 = coef * rx * y1 / ry;
        var cy1 = -coef * ry * x1 / rx;
        var cx = cos * cx1 - sin * cy1 + (from.X + to.X) / 2;
        var cy = sin * cx1 + cos * cy1 + (from.Y + to.Y) / 2;
        var theta1 = Math.Atan2((y1 - cy1) / ry, (x1 - cx1) / rx);
        var delta = Math.Atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx) - theta1;
        if (sweep && delta < 0) delta += 2 * Math.PI;
        else if (!sweep && delta > 0) delta -= 2 * Math.PI;

        var pieces = (int)Math.Ceiling(Math.Abs(delta) / (Math.PI / 2) - 1e-9);
        pieces = Math.Max(1, pieces);
        var step = delta / pieces;
        var k = 4.0 / 3 * Math.Tan(step / 4);
        IconPoint At(double t) => new(cx + rx * Math.Cos(t) * cos - ry * Math.Sin(t) * sin, cy + rx * Math.Cos(t) * sin + ry * Math.Sin(t) * cos);
        IconPoint Tangent(double t) => new(-rx * Math.Sin(t) * cos - ry * Math.Cos(t) * sin, -rx * Math.Sin(t) * sin + ry * Math.Cos(t) * cos);
        var result = new List<IconSegment>(pieces);
        for (var i = 0; i < pieces; i++)
        {
            var a = theta1 + i * step;
            var b = a + step;
            var (p0, p3) = (At(a), i == pieces - 1 ? to : At(b));
            var (t0, t3) = (Tangent(a), Tangent(b));
            result.Add(IconSegment.Curve(new(p0.X + k * t0.X, p0.Y + k * t0.Y), new(p3.X - k * t3.X, p3.Y - k * t3.Y), p3));
        }
        return result;
    }

    /// <summary>Reads commands, numbers (« 1.5.5 » is 1.5 then .5, « 2-3 » is 2 then -3) and arc
    /// flags (which may be written without separators: « a1 1 0 00 1 1 »).</summary>
    private sealed class Tokens(string text)
    {
        private int _i;

        private void Skip()
        {
            while (_i < text.Length && (char.IsWhiteSpace(text[_i]) || text[_i] == ',')) _i++;
        }

        public bool More()
        {
            Skip();
            return _i < text.Length;
        }

        public char? Command()
        {
            Skip();
            if (_i < text.Length && "MmLlHhVvCcSsQqTtAaZz".Contains(text[_i])) return text[_i++];
            return null;
        }

        public bool Flag()
        {
            Skip();
            if (_i < text.Length && text[_i] is '0' or '1') return text[_i++] == '1';
            throw new FormatException();
        }

        public double Number()
        {
            Skip();
            var begin = _i;
            if (_i < text.Length && text[_i] is '+' or '-') _i++;
            var dot = false;
            while (_i < text.Length && (char.IsAsciiDigit(text[_i]) || (text[_i] == '.' && !dot)))
            {
                if (text[_i] == '.') dot = true;
                _i++;
            }
            if (_i < text.Length && text[_i] is 'e' or 'E')
            {
                var mark = _i++;
                if (_i < text.Length && text[_i] is '+' or '-') _i++;
                if (_i < text.Length && char.IsAsciiDigit(text[_i])) { while (_i < text.Length && char.IsAsciiDigit(text[_i])) _i++; }
                else _i = mark;
            }
            if (double.TryParse(text.AsSpan(begin, _i - begin), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
            _i = begin;
            throw new FormatException();
        }
    }
}
