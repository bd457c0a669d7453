//! Anonymiser speed: MB/s over the labelled corpus on one thread, and one typical 2 KB note
//! including building the household's matcher. `baseline/sha256-1MiB` is measured in the same
//! run so that figures can be read as ratios on a noisy machine.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use doorstep::anonymise::{HouseholdMatcher, Person, anonymise, anonymise_with, lexicon};
use doorstep::household::Role;
use sha2::{Digest, Sha256};

/// The app's allocator (every block wiped when freed), so that these figures are the app's.
#[global_allocator]
static ALLOC: doorstep::service::session::WipeOnFree = doorstep::service::session::WIPE_ON_FREE;

fn notes() -> Vec<(String, Vec<Person>)> {
    include_str!("../tests/anonymise/corpus.jsonl")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            let people = v["household"]
                .as_array()
                .map(|h| {
                    h.iter()
                        .map(|p| Person {
                            name: p["name"].as_str().unwrap_or_default().to_string(),
                            role: Role::parse(p["role"].as_str().unwrap_or_default())
                                .unwrap_or(Role::OtherAdult),
                            aliases: p["aliases"]
                                .as_array()
                                .map(|a| {
                                    a.iter()
                                        .filter_map(|x| x.as_str().map(String::from))
                                        .collect()
                                })
                                .unwrap_or_default(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            (v["text"].as_str().unwrap_or_default().to_string(), people)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let data = vec![0x5au8; 1 << 20];
    c.bench_function("baseline/sha256-1MiB", |b| {
        b.iter(|| Sha256::digest(black_box(&data)))
    });

    lexicon::lexicon();
    let notes = notes();
    let bytes: usize = notes.iter().map(|(t, _)| t.len()).sum();
    let matchers: Vec<HouseholdMatcher> = notes
        .iter()
        .map(|(_, p)| HouseholdMatcher::new(p))
        .collect();
    let mut g = c.benchmark_group("anonymise");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("corpus-matchers-prebuilt", |b| {
        b.iter(|| {
            for ((text, _), m) in notes.iter().zip(&matchers) {
                black_box(anonymise_with(text, m));
            }
        })
    });
    g.bench_function("corpus-matcher-per-note", |b| {
        b.iter(|| {
            for (text, people) in &notes {
                black_box(anonymise(text, people));
            }
        })
    });
    g.finish();

    // A typical 2 KB note: several corpus notes joined, with its household.
    let mut note = String::new();
    for (t, _) in notes.iter().take(12) {
        if note.len() > 2048 {
            break;
        }
        note.push_str(t);
        note.push('\n');
    }
    let mut cut = note.len().min(2048);
    while !note.is_char_boundary(cut) {
        cut -= 1;
    }
    note.truncate(cut);
    let people = notes[0].1.clone();
    let mut g = c.benchmark_group("anonymise-2k-note");
    g.throughput(Throughput::Bytes(note.len() as u64));
    g.bench_function("including-matcher", |b| {
        b.iter(|| anonymise(black_box(&note), &people))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
