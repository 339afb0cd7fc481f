using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JobCapture.Storage;

internal sealed class IsoDateConverter() : ValueConverter<DateOnly, string>(
    value => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture));
