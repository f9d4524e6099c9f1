//! Where each whisper.cpp tensor comes from in a CTranslate2 Whisper model.
//!
//! CTranslate2 fuses self-attention's query/key/value into one matrix and cross-attention's
//! key/value into another; whisper.cpp wants them apart, under the PyTorch names. Whisper's
//! key projections have no bias (CTranslate2 pads the fused bias with zeros), so none is made.

use std::io::{Read, Seek};
use std::ops::Range;

use super::ctranslate2::ModelIndex;
use super::ModelError;

/// The numbers whisper.cpp reads before the tensors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HParams {
    pub n_vocab: usize,
    pub n_audio_ctx: usize,
    pub n_audio_state: usize,
    pub n_audio_head: usize,
    pub n_audio_layer: usize,
    pub n_text_ctx: usize,
    pub n_text_state: usize,
    pub n_text_head: usize,
    pub n_text_layer: usize,
    pub n_mels: usize,
}

/// One tensor to write: its whisper.cpp name, its CTranslate2 source, which rows of the
/// source it takes (for fused matrices), and its shape in PyTorch order.
#[derive(Debug, Clone, PartialEq)]
pub struct TensorPlan {
    pub name: String,
    pub source: String,
    pub rows: Range<usize>,
    pub shape: Vec<usize>,
}

impl TensorPlan {
    /// Small tensors and embeddings whisper.cpp keeps in f32 (as convert-pt-to-ggml.py does).
    pub fn stays_f32(&self) -> bool {
        self.shape.len() < 2 || self.is_f32_by_name()
    }

    fn is_f32_by_name(&self) -> bool {
        matches!(
            self.name.as_str(),
            "encoder.conv1.bias"
                | "encoder.conv2.bias"
                | "encoder.positional_embedding"
                | "decoder.positional_embedding"
        )
    }

    /// Tensors whisper.cpp's quantizer turns into blocks: matrices, minus the f32 ones.
    pub fn quantizable(&self) -> bool {
        self.shape.len() == 2 && !self.is_f32_by_name()
    }
}

fn count_layers(index: &ModelIndex, side: &str) -> usize {
    let prefix = format!("{side}/layer_");
    index
        .variables
        .keys()
        .filter_map(|k| k.strip_prefix(&prefix))
        // "layer_norm" also starts with "layer_": only numbered layers count.
        .filter_map(|rest| rest.split('/').next()?.parse::<usize>().ok())
        .max()
        .map_or(0, |m| m + 1)
}

impl HParams {
    /// Whisper base's settings, for tests.
    #[cfg(test)]
    pub(crate) const BASE: Self = Self {
        n_vocab: 51_865,
        n_audio_ctx: 1_500,
        n_audio_state: 512,
        n_audio_head: 8,
        n_audio_layer: 6,
        n_text_ctx: 448,
        n_text_state: 512,
        n_text_head: 8,
        n_text_layer: 6,
        n_mels: 80,
    };

    /// Every Whisper model's settings are within these bounds (large-v3: 128 mel bands, 51,866
    /// tokens, 1,280 wide, 32 layers); outside them the file is damaged or hostile, and
    /// building the filters or tensors it asks for could take all the memory there is.
    pub(crate) fn check(&self) -> Result<(), ModelError> {
        let within = |what: &str, n: usize, max: usize| {
            if (1..=max).contains(&n) {
                Ok(())
            } else {
                Err(ModelError::Corrupt(format!(
                    "{what} = {n}, beyond any Whisper model"
                )))
            }
        };
        within("n_vocab", self.n_vocab, 100_000)?;
        within("n_audio_ctx", self.n_audio_ctx, 4_096)?;
        within("n_audio_state", self.n_audio_state, 8_192)?;
        within("n_audio_head", self.n_audio_head, 128)?;
        within("n_audio_layer", self.n_audio_layer, 128)?;
        within("n_text_ctx", self.n_text_ctx, 4_096)?;
        within("n_text_state", self.n_text_state, 8_192)?;
        within("n_text_head", self.n_text_head, 128)?;
        within("n_text_layer", self.n_text_layer, 128)?;
        within("n_mels", self.n_mels, 256)
    }
}

pub fn hparams<R: Read + Seek>(index: &ModelIndex, r: &mut R) -> Result<HParams, ModelError> {
    if index.spec != "WhisperSpec" {
        return Err(ModelError::Unsupported(format!(
            "a {} model; Hearth imports Whisper models only",
            index.spec
        )));
    }
    let dims =
        |name: &str| -> Result<Vec<usize>, ModelError> { Ok(index.get(name)?.shape.clone()) };
    let emb = dims("decoder/embeddings/weight")?;
    let enc_pos = dims("encoder/position_encodings/encodings")?;
    let dec_pos = dims("decoder/position_encodings/encodings")?;
    let conv1 = dims("encoder/conv1/weight")?;
    let (
        Some(&n_vocab),
        Some(&n_audio_ctx),
        Some(&n_audio_state),
        Some(&n_text_ctx),
        Some(&n_text_state),
        Some(&n_mels),
    ) = (
        emb.first(),
        enc_pos.first(),
        enc_pos.get(1),
        dec_pos.first(),
        dec_pos.get(1),
        conv1.get(1),
    )
    else {
        return Err(ModelError::Corrupt(
            "unexpected tensor shapes for a Whisper model".into(),
        ));
    };
    let mut head = |name: &str| -> Result<usize, ModelError> {
        let n = index.scalar_int(r, name)?;
        usize::try_from(n)
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| ModelError::Corrupt(format!("{name} = {n}")))
    };
    let hp = HParams {
        n_vocab,
        n_audio_ctx,
        n_audio_state,
        n_audio_head: head("encoder/num_heads")?,
        n_audio_layer: count_layers(index, "encoder"),
        n_text_ctx,
        n_text_state,
        n_text_head: head("decoder/num_heads")?,
        n_text_layer: count_layers(index, "decoder"),
        n_mels,
    };
    if hp.n_audio_layer == 0 || hp.n_text_layer == 0 {
        return Err(ModelError::Corrupt(
            "the model has no encoder or decoder layers".into(),
        ));
    }
    hp.check()?;
    Ok(hp)
}

/// Collects the plan; one method per kind of PyTorch module.
struct Planner<'a> {
    index: &'a ModelIndex,
    out: Vec<TensorPlan>,
}

impl Planner<'_> {
    fn take(
        &mut self,
        name: String,
        source: String,
        rows: Option<Range<usize>>,
    ) -> Result<(), ModelError> {
        let mut shape = self.index.get(&source)?.shape.clone();
        let first = shape.first().copied().unwrap_or(1);
        let rows = rows.unwrap_or(0..first);
        if rows.end > first {
            return Err(ModelError::Corrupt(format!(
                "{source} is too small to split"
            )));
        }
        if let Some(f) = shape.first_mut() {
            *f = rows.len();
        }
        if name.ends_with("conv1.bias") || name.ends_with("conv2.bias") {
            shape.push(1); // whisper.cpp broadcasts conv biases as [n, 1]
        }
        self.out.push(TensorPlan {
            name,
            source,
            rows,
            shape,
        });
        Ok(())
    }

    fn linear(
        &mut self,
        to: &str,
        from: &str,
        rows: Option<Range<usize>>,
        bias: bool,
    ) -> Result<(), ModelError> {
        self.take(
            format!("{to}.weight"),
            format!("{from}/weight"),
            rows.clone(),
        )?;
        if bias {
            self.take(format!("{to}.bias"), format!("{from}/bias"), rows)?;
        }
        Ok(())
    }

    fn norm(&mut self, to: &str, from: &str) -> Result<(), ModelError> {
        self.take(format!("{to}.weight"), format!("{from}/gamma"), None)?;
        self.take(format!("{to}.bias"), format!("{from}/beta"), None)
    }

    fn block(&mut self, side: &str, i: usize, d: usize) -> Result<(), ModelError> {
        let to = format!("{side}.blocks.{i}");
        let from = format!("{side}/layer_{i}");
        let sa = format!("{from}/self_attention");
        self.linear(
            &format!("{to}.attn.query"),
            &format!("{sa}/linear_0"),
            Some(0..d),
            true,
        )?;
        self.linear(
            &format!("{to}.attn.key"),
            &format!("{sa}/linear_0"),
            Some(d..2 * d),
            false,
        )?;
        self.linear(
            &format!("{to}.attn.value"),
            &format!("{sa}/linear_0"),
            Some(2 * d..3 * d),
            true,
        )?;
        self.linear(
            &format!("{to}.attn.out"),
            &format!("{sa}/linear_1"),
            None,
            true,
        )?;
        self.norm(&format!("{to}.attn_ln"), &format!("{sa}/layer_norm"))?;
        if side == "decoder" {
            let ca = format!("{from}/attention");
            self.linear(
                &format!("{to}.cross_attn.query"),
                &format!("{ca}/linear_0"),
                None,
                true,
            )?;
            self.linear(
                &format!("{to}.cross_attn.key"),
                &format!("{ca}/linear_1"),
                Some(0..d),
                false,
            )?;
            self.linear(
                &format!("{to}.cross_attn.value"),
                &format!("{ca}/linear_1"),
                Some(d..2 * d),
                true,
            )?;
            self.linear(
                &format!("{to}.cross_attn.out"),
                &format!("{ca}/linear_2"),
                None,
                true,
            )?;
            self.norm(&format!("{to}.cross_attn_ln"), &format!("{ca}/layer_norm"))?;
        }
        self.linear(
            &format!("{to}.mlp.0"),
            &format!("{from}/ffn/linear_0"),
            None,
            true,
        )?;
        self.linear(
            &format!("{to}.mlp.2"),
            &format!("{from}/ffn/linear_1"),
            None,
            true,
        )?;
        self.norm(&format!("{to}.mlp_ln"), &format!("{from}/ffn/layer_norm"))
    }
}

/// Every tensor whisper.cpp loads, in the order OpenAI's checkpoints list them.
pub fn plan(index: &ModelIndex, hp: &HParams) -> Result<Vec<TensorPlan>, ModelError> {
    let mut p = Planner {
        index,
        out: Vec::new(),
    };
    p.take(
        "encoder.positional_embedding".into(),
        "encoder/position_encodings/encodings".into(),
        None,
    )?;
    p.linear("encoder.conv1", "encoder/conv1", None, true)?;
    p.linear("encoder.conv2", "encoder/conv2", None, true)?;
    for i in 0..hp.n_audio_layer {
        p.block("encoder", i, hp.n_audio_state)?;
    }
    p.norm("encoder.ln_post", "encoder/layer_norm")?;
    p.take(
        "decoder.positional_embedding".into(),
        "decoder/position_encodings/encodings".into(),
        None,
    )?;
    p.take(
        "decoder.token_embedding.weight".into(),
        "decoder/embeddings/weight".into(),
        None,
    )?;
    for i in 0..hp.n_text_layer {
        p.block("decoder", i, hp.n_text_state)?;
    }
    p.norm("decoder.ln", "decoder/layer_norm")?;
    Ok(p.out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_settings_are_refused_before_anything_is_built() {
        let base = HParams::BASE;
        assert!(base.check().is_ok());
        for bad in [
            HParams {
                n_mels: 1_000_000,
                ..base
            },
            HParams { n_mels: 0, ..base },
            HParams {
                n_vocab: 10_000_000,
                ..base
            },
            HParams {
                n_audio_state: 1 << 20,
                ..base
            },
        ] {
            assert!(
                matches!(bad.check(), Err(ModelError::Corrupt(_))),
                "{bad:?}"
            );
        }
    }
}
