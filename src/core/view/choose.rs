//! "Which platform fits my work?": needs in the user's words and a ranking
//! of every platform against them, with a reason per need. Pure data.
//!
//! A need is a facet value (`supportedLanguages:R`), an access model
//! (`access:nor-sponsorship`) or published examples (`examples`), marked
//! must have (`need=` in the URL) or nice to have (`want=`).

use std::cmp::Ordering;

use crate::core::order::{natural_cmp, sorted_by};
use crate::core::platforms::index::PlatformIndex;
use crate::core::platforms::model::{AccessModel, FacetKind, Platform};
use crate::core::platforms::normalise::key;

/// At most this many needs are kept from a URL; the rest are dropped and reported.
pub const MAX_NEEDS: usize = 64;
/// At most this many dropped parameters are named (the rest are counted).
const MAX_REPORTED: usize = 8;

/// The facet kinds the chooser asks about, in the order it asks, each with
/// its question.
pub const QUESTIONS: [(FacetKind, &str); 6] = [
    (FacetKind::DataAccess, "The data you need"),
    (FacetKind::SupportedLanguages, "The languages you write"),
    (FacetKind::CompatibleWorkflows, "How you work"),
    (FacetKind::HardwareServices, "Compute"),
    (FacetKind::VisualisationTools, "Visualisation"),
    (FacetKind::Features, "Other features"),
];

/// What a need is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NeedKind {
    Facet(FacetKind),
    Access(AccessModel),
    /// Published Open Science Catalog records to start from.
    Examples,
}

/// One need: what, its comparison key (facet values), as the user wrote
/// it, and whether it is a must have.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Need {
    pub kind: NeedKind,
    /// The facet value's key ([`key`]); empty for access and examples.
    pub key: String,
    /// The label shown: the facet value, the access model's or "Published examples".
    pub label: String,
    pub must: bool,
}

impl Need {
    pub fn facet(kind: FacetKind, label: &str, must: bool) -> Need {
        Need { kind: NeedKind::Facet(kind), key: key(label), label: label.trim().to_string(), must }
    }

    pub fn access(model: AccessModel, must: bool) -> Need {
        Need { kind: NeedKind::Access(model), key: String::new(), label: model.label().to_string(), must }
    }

    pub fn examples(must: bool) -> Need {
        Need { kind: NeedKind::Examples, key: String::new(), label: "Published examples".to_string(), must }
    }

    /// The URL value: `supportedLanguages:R`, `access:free-tier`, `examples`.
    pub fn encode(&self) -> String {
        match self.kind {
            NeedKind::Facet(kind) => format!("{}:{}", kind.key(), self.label),
            NeedKind::Access(model) => format!("access:{}", model.key()),
            NeedKind::Examples => "examples".to_string(),
        }
    }

    /// The URL value back; `None` when it names nothing we know.
    pub fn decode(value: &str, must: bool) -> Option<Need> {
        if value == "examples" {
            return Some(Need::examples(must));
        }
        let (kind, rest) = value.split_once(':')?;
        if kind == "access" {
            return AccessModel::from_key(rest).map(|model| Need::access(model, must));
        }
        let kind = FacetKind::from_key(kind)?;
        (!key(rest).is_empty()).then(|| Need::facet(kind, rest, must))
    }

    /// Whether `other` is the same need (must or nice aside).
    pub fn same(&self, other: &Need) -> bool {
        self.kind == other.kind && self.key == other.key
    }
}

/// The needs, in the order given, each at most once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Needs {
    list: Vec<Need>,
    /// URL parameters that named nothing we know (or one need too many).
    dropped: Vec<String>,
    /// How many were dropped beyond those named.
    dropped_more: usize,
}

impl Needs {
    pub fn list(&self) -> &[Need] {
        &self.list
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Adds a need, or changes the must/nice of the one already there.
    pub fn set(&mut self, need: Need) {
        if let Some(known) = self.list.iter_mut().find(|n| n.same(&need)) {
            known.must = need.must;
        } else if self.list.len() < MAX_NEEDS {
            self.list.push(need);
        } else {
            self.drop_value(need.encode());
        }
    }

    pub fn remove(&mut self, need: &Need) {
        self.list.retain(|n| !n.same(need));
    }

    /// The need like `need`, if chosen.
    pub fn find(&self, need: &Need) -> Option<&Need> {
        self.list.iter().find(|n| n.same(need))
    }

    /// Adds what a URL parameter says; anything unknown is reported.
    pub fn add_encoded(&mut self, value: &str, must: bool) {
        match Need::decode(value, must) {
            Some(need) if self.find(&need).is_none() => self.set(need),
            Some(_) => {}
            None => self.drop_value(value.to_string()),
        }
    }

    fn drop_value(&mut self, value: String) {
        if self.dropped.len() < MAX_REPORTED && !self.dropped.contains(&value) {
            self.dropped.push(value);
        } else if !self.dropped.contains(&value) {
            self.dropped_more += 1;
        }
    }

    /// What the URL asked for that was dropped, and how many more.
    pub fn dropped(&self) -> (&[String], usize) {
        (&self.dropped, self.dropped_more)
    }

    /// Forgets what was dropped (the user changed the needs).
    pub fn clear_dropped(&mut self) {
        self.dropped.clear();
        self.dropped_more = 0;
    }

    /// 0: not chosen, 1: a nice to have, 2: a must have (one small value
    /// for a checkbox pair to watch).
    pub fn mark(&self, need: &Need) -> usize {
        self.find(need).map_or(0, |n| 1 + usize::from(n.must))
    }

    /// The needs some platform can meet or not, and those naming a facet
    /// value no platform has (dropped, for the view to report).
    pub fn known_to(&self, index: &PlatformIndex) -> (Vec<Need>, Vec<Need>) {
        self.list.iter().cloned().partition(|need| match need.kind {
            NeedKind::Facet(kind) => index.value(kind, &need.key).is_some(),
            _ => true,
        })
    }
}

/// How a platform stands on one need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    Met,
    Missed,
    /// No source says either way: not a "no".
    Undocumented,
}

impl Verdict {
    /// The CSS/test name.
    pub const fn key(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::Missed => "missed",
            Verdict::Undocumented => "undocumented",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::Missed => "not met",
            Verdict::Undocumented => "not documented",
        }
    }
}

/// One platform against the needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fit {
    /// The platform's position in the index.
    pub position: usize,
    /// One per need, in the needs' order.
    pub verdicts: Vec<Verdict>,
    /// Musts not met (missed or not documented).
    pub musts_unmet: usize,
    pub nices_met: usize,
    /// Published Open Science Catalog records (0 when unknown).
    pub published: usize,
}

impl Fit {
    pub fn meets_every_must(&self) -> bool {
        self.musts_unmet == 0
    }
}

/// How `platform` stands on `need`. `published`: its record count, when the
/// catalog is known.
pub fn verdict(index: &PlatformIndex, position: usize, need: &Need, published: Option<usize>) -> Verdict {
    let Some(platform) = index.platforms.get(position) else { return Verdict::Undocumented };
    match need.kind {
        NeedKind::Facet(kind) if !platform.documents(kind) => Verdict::Undocumented,
        NeedKind::Facet(kind) => met(index.value(kind, &need.key).is_some_and(|v| v.members.contains(position))),
        NeedKind::Access(model) => match &platform.access {
            Some(access) if !access.models.is_empty() => met(access.models.contains(&model)),
            _ => Verdict::Undocumented,
        },
        NeedKind::Examples => examples(platform, published),
    }
}

fn met(yes: bool) -> Verdict {
    if yes {
        Verdict::Met
    } else {
        Verdict::Missed
    }
}

fn examples(platform: &Platform, published: Option<usize>) -> Verdict {
    match published {
        Some(n) if n > 0 => Verdict::Met,
        Some(_) if !platform.record_match.is_empty() => Verdict::Missed,
        _ => Verdict::Undocumented,
    }
}

/// Every platform, best first: those meeting every must have, then by how
/// few musts they miss; then by nice-to-haves met, fewer outright misses
/// (a fact not documented is not a "no"), records published, name and id.
/// `published`: records per platform position, when the catalog is known.
pub fn rank(index: &PlatformIndex, needs: &[Need], published: Option<&[usize]>) -> Vec<Fit> {
    let fits: Vec<(Fit, usize)> = (0..index.len())
        .map(|position| {
            let count = published.and_then(|all| all.get(position).copied());
            let verdicts: Vec<Verdict> = needs.iter().map(|need| verdict(index, position, need, count)).collect();
            let mut fit = Fit { position, verdicts, musts_unmet: 0, nices_met: 0, published: count.unwrap_or(0) };
            let mut missed = 0;
            for (need, verdict) in needs.iter().zip(&fit.verdicts) {
                match (need.must, verdict) {
                    (true, Verdict::Met) => {}
                    (true, _) => fit.musts_unmet += 1,
                    (false, Verdict::Met) => fit.nices_met += 1,
                    (false, _) => {}
                }
                missed += usize::from(*verdict == Verdict::Missed);
            }
            (fit, missed)
        })
        .collect();
    let platforms = &index.platforms;
    let name_of = |fit: &Fit| platforms.get(fit.position).map(|p| (p.name.as_str(), p.id.as_str())).unwrap_or_default();
    sorted_by(fits, |(a, a_missed), (b, b_missed)| {
        a.musts_unmet
            .cmp(&b.musts_unmet)
            .then(b.nices_met.cmp(&a.nices_met))
            .then(a_missed.cmp(b_missed))
            .then(b.published.cmp(&a.published))
            .then_with(|| by_name(name_of(a), name_of(b)))
    })
    .into_iter()
    .map(|(fit, _)| fit)
    .collect()
}

fn by_name((a_name, a_id): (&str, &str), (b_name, b_id): (&str, &str)) -> Ordering {
    natural_cmp(a_name, b_name).then_with(|| a_id.cmp(b_id))
}

/// The needs ranked on, those left out (no platform lists them), and the fits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ranking {
    pub needs: Vec<Need>,
    pub unknown: Vec<Need>,
    pub fits: Vec<Fit>,
}

impl Ranking {
    pub fn new(index: &PlatformIndex, needs: &Needs, published: Option<&[usize]>) -> Ranking {
        let (needs, unknown) = needs.known_to(index);
        let fits = rank(index, &needs, published);
        Ranking { needs, unknown, fits }
    }

    /// What the live region says.
    pub fn summary(&self, index: &PlatformIndex) -> String {
        summary(index, &self.needs, &self.fits)
    }
}

/// What the live region says: the top result and how many meet every must.
pub fn summary(index: &PlatformIndex, needs: &[Need], fits: &[Fit]) -> String {
    let Some(top) = fits.first().and_then(|f| index.platforms.get(f.position)) else {
        return "No platforms to rank.".to_string();
    };
    if needs.is_empty() {
        return format!("Pick what your work needs; {} platforms are listed.", fits.len());
    }
    let meeting = fits.iter().filter(|f| f.meets_every_must()).count();
    let musts = needs.iter().any(|n| n.must);
    let how_many = if musts {
        format!("{meeting} of {} platforms meet every must have.", fits.len())
    } else {
        format!("{} platforms ranked by your nice-to-haves.", fits.len())
    };
    format!("Best fit: {}. {how_many}", top.name)
}

#[cfg(test)]
mod tests;
