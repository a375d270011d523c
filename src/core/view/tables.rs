//! The two capability tables of the documentation page.

use crate::core::platforms::model::FacetKind;
use crate::core::view::sort::Column;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TableId {
    Infrastructure,
    Fair,
}

impl TableId {
    pub const ALL: [TableId; 2] = [TableId::Infrastructure, TableId::Fair];

    /// The one name of the table: element id, URL key prefix, test selector.
    pub const fn key(self) -> &'static str {
        match self {
            TableId::Infrastructure => "infrastructure",
            TableId::Fair => "fair",
        }
    }

    pub const fn index(self) -> usize {
        self as usize
    }

    pub const fn caption(self) -> &'static str {
        match self {
            TableId::Infrastructure => "Infrastructure Capabilities",
            TableId::Fair => "FAIR Open Science Development Capabilities",
        }
    }

    pub const fn columns(self) -> &'static [Column] {
        use FacetKind::*;
        match self {
            TableId::Infrastructure => &[
                Column::Platform,
                Column::Facet(DataAccess),
                Column::Facet(HardwareServices),
                Column::Facet(CompatibleWorkflows),
                Column::Facet(Features),
            ],
            TableId::Fair => &[
                Column::Platform,
                Column::Facet(DevelopmentTools),
                Column::Facet(SupportedLanguages),
                Column::Facet(VisualisationTools),
                Column::Facet(ProducedWorkflowType),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_kind_has_exactly_one_column() {
        let mut seen: Vec<FacetKind> = TableId::ALL
            .iter()
            .flat_map(|t| t.columns())
            .filter_map(|c| match c {
                Column::Facet(kind) => Some(*kind),
                Column::Platform => None,
            })
            .collect();
        seen.sort();
        assert_eq!(seen, FacetKind::ALL);
    }
}
