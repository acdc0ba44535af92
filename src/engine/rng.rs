//! The engine's only source of randomness: SplitMix64 seeded from the
//! cluster seed. Every random choice (names, IPs, uids, tie-breaks) draws
//! from it in a fixed order, so the same seed and operations give the same
//! cluster.

/// A seeded SplitMix64 generator. (`Default`, state 0, is only the value
/// a checkpoint's decoder starts from before it reads `state`.)
#[derive(Clone, Debug, Default, crate::json::ToJson, crate::json::FromJson)]
pub struct Rng {
    state: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng {
            state: seed ^ 0x6b75_6265_706c_6179,
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }

    /// `len` characters from `alphabet`.
    pub fn string_from(&mut self, alphabet: &[u8], len: usize) -> String {
        (0..len)
            .map(|_| {
                let i = self.below(alphabet.len() as u64) as usize;
                alphabet.get(i).copied().map_or('x', char::from)
            })
            .collect()
    }

    /// `len` lowercase hex digits.
    pub fn hex(&mut self, len: usize) -> String {
        self.string_from(b"0123456789abcdef", len)
    }

    /// A version-4 style UUID (`79e2867b-6b6b-47a9-8a03-78d17d7f69ce`).
    pub fn uuid(&mut self) -> String {
        let variant = self.string_from(b"89ab", 1);
        format!(
            "{}-{}-4{}-{}{}-{}",
            self.hex(8),
            self.hex(4),
            self.hex(3),
            variant,
            self.hex(3),
            self.hex(12)
        )
    }
}

/// The apiserver's random-name alphabet (no vowels, no 0 1 3).
pub const NAME_ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        assert_eq!(a.uuid(), b.uuid());
        assert_eq!(
            a.string_from(NAME_ALPHABET, 5),
            b.string_from(NAME_ALPHABET, 5)
        );
        assert_ne!(Rng::new(1).next_u64(), Rng::new(2).next_u64());
        let id = Rng::new(3).uuid();
        assert_eq!(id.len(), 36);
        assert_eq!(id.chars().nth(14), Some('4'));
    }
}
