using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JobCapture.Storage;

internal sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    value => DateTimeOffset.FromUnixTimeMilliseconds(value));
