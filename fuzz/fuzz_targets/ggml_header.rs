#![no_main]
// See hearth_core::fuzzing::ggml_header: the regression test on stable runs the same function.
libfuzzer_sys::fuzz_target!(|data: &[u8]| hearth_core::fuzzing::ggml_header(data));
