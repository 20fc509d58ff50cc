using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>
/// Link tokens: 256 random bits, written in URL-safe Base64, of which only the SHA-256 hash is stored. A presented
/// token is hashed, looked up by its hash and then compared with the stored hash in constant time.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class LinkTokens
{
    /// <summary>The number of random bytes in a token: 32 (256 bits).</summary>
    public const int RandomBytes = 32;

    private const int HashBytes = 32;

    /// <summary>Creates a fresh token.</summary>
    /// <returns>The token, to show once, and its hash, to store.</returns>
    public static (string Token, byte[] Hash) Create()
    {
        Span<byte> random = stackalloc byte[RandomBytes];
        RandomNumberGenerator.Fill(random);
        var token = Base64Url.EncodeToString(random);
        return (token, Hash(token));
    }

    /// <summary>Hashes a presented token; a malformed one gets a hash that no stored token has.</summary>
    /// <param name="token">The token from the link.</param>
    /// <returns>The hash.</returns>
    public static byte[] Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return SHA256.HashData(Encoding.UTF8.GetBytes(token));
    }

    /// <summary>Gets whether a stored hash belongs to a presented token, in time that does not depend on where they differ.</summary>
    /// <param name="storedHash">The stored hash.</param>
    /// <param name="token">The presented token.</param>
    /// <returns><see langword="true"/> when they match.</returns>
    public static bool Matches(byte[]? storedHash, string token)
        => storedHash is { Length: HashBytes } && CryptographicOperations.FixedTimeEquals(storedHash, Hash(token));

    /// <summary>Gets whether a string has the shape of a token, so that junk is refused before the database is asked.</summary>
    /// <param name="token">The presented token.</param>
    /// <returns><see langword="true"/> for 43 URL-safe Base64 characters.</returns>
    public static bool IsWellFormed(string? token)
        => token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
