namespace Objecteur.Print.Press;

/// <summary>
/// A button-badge size. Presses differ, so the three diameters travel together: the artwork is cut at
/// <see cref="CutDiameter"/> (it wraps round the shell, so it fills the cut circle or leaves a white rim),
/// shows <see cref="FaceDiameter"/> on the front, and text stays within <see cref="SafeDiameter"/>.
/// </summary>
/// <param name="Id">What a kit writes to choose it: « 58 », « 25 »…</param>
/// <param name="Name">How it is shown to people, e.g. « 38 mm (1½″) ».</param>
public sealed record PinProfile(string Id, string Name, double FaceDiameter, double CutDiameter, double SafeDiameter);
