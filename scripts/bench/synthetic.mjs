// A seeded generator of synthetic platforms with realistic fields, for
// benchmarks at scale. Same seed, same list.
const DATA = ["Sentinel (1, 2, 3, 5P)", "Sentinel (1, 2)", "Landsat-8", "Landsat 9", "WorldView", "CBERS-3/4",
  "GOES-16/17", "MODIS", "PlanetScope", "SPOT 6/7", "SkySat", "Pleiades", "SRTM", "CLMS", "Proba-V", "ESA CCI",
  "CMEMS", "ERA5", "GEDI", "SMOS", "Copernicus DEM", "VIIRS", "Himawari-8", "ICESat-2"];
const HARDWARE = ["GPU", "GPUs", "Dask Gateway", "CPU cluster", "Spark", "MLflow", "HPC queue", "TPU", "Object storage"];
const WORKFLOWS = ["Jupyter notebooks", "OGC API Processes", "OpenEO Process Graphs", "CWL", "Airflow DAGs", "Snakemake"];
const TOOLS = ["Jupyter", "openEO Web Editor", "openEO client libraries", "VS Code", "RStudio", "QGIS", "Galaxy"];
const LANGUAGES = ["Python", "R", "JavaScript", "Julia", "Java", "C++", "Fortran", "MATLAB"];
const VIS = ["Jupyter", "GUI", "xcube viewer", "eodash - Dashboard as a Service", "Grafana", "Kepler.gl", "Leaflet"];
const PRODUCED = ["OGC API Processes", "OpenEO Process Graphs", "CWL", "Docker images"];
const WORDS = ["ocean", "ice", "land", "atmosphere", "forest", "urban", "coastal", "polar", "soil", "snow", "fire", "crop"];

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticPlatforms(count, seed = 42) {
  const random = mulberry32(seed);
  const pick = (list, min, max) => {
    const n = min + Math.floor(random() * (max - min + 1));
    return [...list].sort(() => random() - 0.5).slice(0, n);
  };
  return Array.from({ length: count }, (_, n) => {
    const id = `synthetic-${String(n + 1).padStart(4, "0")}`;
    const topic = pick(WORDS, 2, 3).join(", ");
    return {
      id,
      name: `Synthetic Platform ${n + 1}`,
      description: `A generated platform for benchmarks, strong in ${topic}.${n % 4 === 0 ? " Zeta tier." : ""}`,
      logoUrl: `https://example.org/logos/${id}.png`,
      docsUrl: `https://example.org/docs/${id}`,
      accessUrl: `https://example.org/${id}/`,
      links: [{ label: "Support", url: `https://example.org/${id}/support` }],
      dataAccess: pick(DATA, 2, 9),
      hardwareServices: pick(HARDWARE, 1, 3),
      compatibleWorkflows: pick(WORKFLOWS, 1, 3),
      developmentTools: pick(TOOLS, 1, 3),
      supportedLanguages: pick(LANGUAGES, 1, 4),
      visualisationTools: pick(VIS, 1, 3).map((name) => (random() < 0.5 ? { name, url: "https://example.org/vis" } : name)),
      producedWorkflowType: pick(PRODUCED, 1, 2),
    };
  });
}
