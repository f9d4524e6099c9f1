//! Whisper's vocabulary as whisper.cpp wants it: raw bytes per token, regular tokens only.
//! CTranslate2 keeps GPT-2's printable byte mapping (a leading space is `Ġ`), so each token
//! is mapped back to bytes; whisper.cpp adds the special tokens (`<|endoftext|>`…) itself.

use super::ModelError;

/// GPT-2's `bytes_to_unicode` inverted: char → byte.
fn unicode_to_byte(c: char) -> Option<u8> {
    let printable =
        |b: u32| (33..=126).contains(&b) || (161..=172).contains(&b) || (174..=255).contains(&b);
    let cp = c as u32;
    if printable(cp) {
        return Some(cp as u8);
    }
    // The other 68 bytes were given code points 256, 257, … in byte order.
    let n = cp.checked_sub(256)?;
    (0u32..=255)
        .filter(|b| !printable(*b))
        .nth(n as usize)
        .map(|b| b as u8)
}

/// Decodes `vocabulary.txt` (one token a line, id = line number) up to the first special token.
pub fn regular_tokens(vocabulary: &str) -> Result<Vec<Vec<u8>>, ModelError> {
    let mut tokens = Vec::new();
    for (id, line) in vocabulary.lines().enumerate() {
        if line == "<|endoftext|>" {
            return Ok(tokens);
        }
        let bytes = line
            .chars()
            .map(unicode_to_byte)
            .collect::<Option<Vec<u8>>>()
            .ok_or_else(|| {
                ModelError::Corrupt(format!("vocabulary token {id} is not byte-level BPE"))
            })?;
        tokens.push(bytes);
    }
    Err(ModelError::Corrupt(
        "vocabulary.txt has no <|endoftext|> token".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_gpt2_byte_alphabet_back() {
        assert_eq!(unicode_to_byte('!'), Some(b'!'));
        assert_eq!(unicode_to_byte('Ġ'), Some(b' ')); // U+0120
        assert_eq!(unicode_to_byte('Ċ'), Some(b'\n')); // U+010A
        assert_eq!(unicode_to_byte('Ā'), Some(0)); // U+0100
        assert_eq!(unicode_to_byte('ÿ'), Some(255));
        assert_eq!(unicode_to_byte('\u{2603}'), None);
        // Every byte has exactly one code point.
        let mut seen = [false; 256];
        for cp in 0u32..400 {
            if let Some(b) = char::from_u32(cp).and_then(unicode_to_byte) {
                assert!(!seen[b as usize], "byte {b} twice");
                seen[b as usize] = true;
            }
        }
        assert!(seen.iter().all(|s| *s));
    }

    #[test]
    fn stops_at_first_special_token() {
        let v = "!\nĠhello\nÃ©\n<|endoftext|>\n<|startoftranscript|>\n";
        let t = regular_tokens(v).unwrap();
        assert_eq!(
            t,
            vec![b"!".to_vec(), b" hello".to_vec(), "é".as_bytes().to_vec()]
        );
    }

    #[test]
    fn rejects_a_vocabulary_without_specials() {
        assert!(regular_tokens("a\nb\n").is_err());
    }
}
