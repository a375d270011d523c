//! A fixed-size set of platform positions, 64 to a word.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BitSet {
    words: Vec<u64>,
    len: usize,
}

impl BitSet {
    pub fn empty(len: usize) -> Self {
        BitSet { words: vec![0; len.div_ceil(64)], len }
    }

    pub fn full(len: usize) -> Self {
        let mut set = BitSet { words: vec![u64::MAX; len.div_ceil(64)], len };
        let spare = set.words.len() * 64 - len;
        if let Some(last) = set.words.last_mut() {
            *last >>= spare;
        }
        set
    }

    pub fn insert(&mut self, position: usize) {
        if position < self.len {
            if let Some(word) = self.words.get_mut(position / 64) {
                *word |= 1 << (position % 64);
            }
        }
    }

    pub fn contains(&self, position: usize) -> bool {
        self.words.get(position / 64).is_some_and(|word| word & (1 << (position % 64)) != 0)
    }

    pub fn intersect_with(&mut self, other: &BitSet) {
        for (word, theirs) in self.words.iter_mut().zip(&other.words) {
            *word &= theirs;
        }
    }

    pub fn union_with(&mut self, other: &BitSet) {
        for (word, theirs) in self.words.iter_mut().zip(&other.words) {
            *word |= theirs;
        }
    }

    /// Size of the intersection, without building it.
    pub fn count_and(&self, other: &BitSet) -> usize {
        self.words.iter().zip(&other.words).map(|(a, b)| (a & b).count_ones() as usize).sum()
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Positions in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(at, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    at * 64 + bit
                })
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_and_empty_respect_the_length() {
        for len in [0, 1, 63, 64, 65, 130] {
            assert_eq!(BitSet::full(len).count(), len);
            assert_eq!(BitSet::empty(len).count(), 0);
            assert_eq!(BitSet::full(len).iter().collect::<Vec<_>>(), (0..len).collect::<Vec<_>>());
        }
    }

    #[test]
    fn set_operations() {
        let mut a = BitSet::empty(130);
        let mut b = BitSet::empty(130);
        for p in [0, 5, 64, 129] {
            a.insert(p);
        }
        for p in [5, 64, 100] {
            b.insert(p);
        }
        a.insert(500); // out of range: ignored
        assert_eq!(a.count_and(&b), 2);
        let mut both = a.clone();
        both.intersect_with(&b);
        assert_eq!(both.iter().collect::<Vec<_>>(), [5, 64]);
        let mut either = a.clone();
        either.union_with(&b);
        assert_eq!(either.iter().collect::<Vec<_>>(), [0, 5, 64, 100, 129]);
        assert!(a.contains(129) && !a.contains(100) && !a.contains(500));
    }
}
