// A seeded generator of a static Open Science Catalog (STAC) for benchmarks:
// workflows, experiments and products shaped like tests/fixtures/osc, every
// record generated here. Same seed and sizes, same files.
//
// Workflows name their platform through the links the real catalog uses (and
// platforms.json's `recordMatch` reads): rel application-originating-platform,
// "Open notebook on the … platform", rel application-platform (Pangeo), an
// openEO Web Editor link with server=openeofed…; some name none. Experiments
// point at their workflow (`osc:workflow`) and list their products as `child`
// links; every product has exactly one experiment (`osc:experiment`), so the
// static walk reaches all of them.
//
//   node scripts/bench/synthetic-catalog.mjs [dir]   (default: a new dir under os.tmpdir())
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** mulberry32: a small seeded PRNG, [0, 1). */
function prng(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Subjects by theme: [title words, keywords, variable id, what a product measures].
const SUBJECTS = {
  cryosphere: [
    ["Glacier Velocity", ["glacier", "ice-velocity", "sar"], "glacier-velocity", "surface velocity of valley glaciers"],
    ["Sea-Ice Lead", ["sea-ice", "leads", "altimetry"], "sea-ice-lead-fraction", "the fraction of open leads in pack ice"],
    ["Fjord Meltwater", ["fjord", "meltwater", "turbidity"], "meltwater-runoff", "meltwater plume extent in fjords"],
    ["Permafrost Thaw", ["permafrost", "subsidence", "insar"], "ground-subsidence", "seasonal subsidence over thawing permafrost"],
    ["Snow Cover", ["snow", "snow-cover", "optical"], "snow-cover-extent", "fractional snow cover"],
    ["Ice Sheet Mass", ["ice-sheet", "mass-balance", "gravimetry"], "ice-mass-change", "ice sheet mass change"],
  ],
  oceans: [
    ["Salinity Anomaly", ["salinity", "smos", "ocean"], "sea-surface-salinity-anomaly", "sea surface salinity anomalies"],
    ["Plankton Bloom", ["plankton", "chlorophyll", "ocean-colour"], "chlorophyll-a", "chlorophyll-a concentration in blooms"],
    ["Harbour Traffic", ["vessels", "harbour", "ais"], "vessel-density", "vessel density near ports"],
    ["Coastal Erosion", ["coastline", "erosion", "shoreline"], "shoreline-position", "shoreline position change"],
    ["Sea Level Trend", ["sea-level", "altimetry", "coastal"], "sea-level-anomaly", "coastal sea level anomalies"],
    ["Marine Heatwave", ["sst", "heatwave", "ocean"], "sea-surface-temperature", "marine heatwave days"],
  ],
  land: [
    ["Crop Phenology", ["crops", "phenology", "ndvi"], "crop-type", "start and end of season per field"],
    ["Flood Extent", ["flood", "sar", "water-mask"], "flood-extent", "inundated area after flood events"],
    ["Forest Biomass", ["forest", "biomass", "lidar"], "above-ground-biomass", "above-ground biomass density"],
    ["Soil Moisture", ["soil-moisture", "drought", "microwave"], "soil-moisture", "surface soil moisture"],
    ["Burned Area", ["wildfire", "burned-area", "nbr"], "burned-area", "burned area and burn severity"],
    ["Urban Heat", ["urban", "heat-island", "thermal"], "land-surface-temperature", "urban land surface temperature"],
  ],
  atmosphere: [
    ["Aerosol Optical Depth", ["aerosols", "aod", "air-quality"], "aerosol-optical-depth", "aerosol optical depth"],
    ["Methane Plume", ["methane", "emissions", "tropomi"], "methane-concentration", "methane plume enhancements"],
    ["Nitrogen Dioxide", ["no2", "air-quality", "tropomi"], "nitrogen-dioxide", "tropospheric NO2 columns"],
    ["Cloud Fraction", ["clouds", "radiation", "optical"], "cloud-fraction", "daily cloud fraction"],
    ["Ozone Column", ["ozone", "stratosphere", "uv"], "ozone-column", "total ozone columns"],
    ["Dust Storm", ["dust", "aerosols", "sahara"], "dust-optical-depth", "dust optical depth during storms"],
  ],
};
const THEMES = Object.keys(SUBJECTS);
const METHODS = ["Mapper", "Notebook", "Explorer", "Detector", "Pipeline", "Classifier", "Time Series", "Toolkit", "Monitor", "Retrieval"];
const REGIONS = ["Greenland", "the Alps", "Antarctica", "the Danube Basin", "the Baltic Sea", "the Sahel", "the Amazon", "the Himalaya",
  "the North Sea", "the Mediterranean", "Svalbard", "the Po Valley", "the Andes", "Iceland", "the Black Sea", "Patagonia"];
const MISSIONS = ["sentinel-1", "sentinel-2", "sentinel-3", "sentinel-5p", "smos", "cryosat-2", "landsat-8", "aeolus"];
const LANGUAGES = ["Python", "Python", "Python", "R", "Julia"];
const PROJECT_WORDS = ["Aurora", "Verdant", "Coastal", "Skyline", "Boreal", "Tidal", "Cirrus", "Glacial", "Meridian", "Delta",
  "Horizon", "Lumen", "Nimbus", "Terra", "Sable", "Cobalt"];
const PROJECT_NOUNS = ["Dynamics", "Lands", "Pulse", "Aerosols", "Watch", "Change", "Observatory", "Trends"];

// The real platforms a generated workflow can name, with their share of the
// workflows; the rest (12 %) name no platform. CoCalc and Polar TEP have no
// `recordMatch` in platforms.json, so no record can name them.
const PLATFORM_SHARES = [["deepesdl", 0.34], ["edc-eoxhub", 0.24], ["cdse-openeo", 0.18], ["pangeo-edc", 0.12]];

const slug = (s) => s.toLowerCase().replace(/^the /, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const link = (rel, href, type, title, extra = {}) => ({ rel, href, type, title, ...extra });
const json = "application/json";
const themeBlock = (theme) => [{ scheme: "https://github.com/stac-extensions/osc#theme", concepts: [{ id: theme }] }];
const contacts = [{ name: "Synthetic Author", organization: "Benchmark Lab (fictional)", roles: ["principal_investigator"],
  emails: [{ value: "nobody@example.org" }] }];
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** The links by which a workflow (or its experiment) names `platform`; `variant` picks which signal. */
function platformLinks(platform, id, variant, forExperiment) {
  const repo = `https://example.org/git/${id}`;
  switch (platform) {
    case "deepesdl": {
      const origin = link("application-originating-platform", "https://deep.earthsystemdatalab.net/", "text/html", "DeepESDL platform",
        { "application:platform_supports": ["jupyter-notebook"], "application:preferred_app": "JupyterLab" });
      const open = link("related", `https://deep.earthsystemdatalab.net/hub/user-redirect/git-pull?repo=${encodeURIComponent(repo)}` +
        `&urlpath=${encodeURIComponent(`lab/tree/${id}/notebook.ipynb`)}&branch=main`, "text/html", "Open notebook on the DeepESDL platform");
      if (forExperiment) return [origin];
      return [[origin, open], [origin], [open]][variant % 3];
    }
    case "edc-eoxhub": {
      const origin = link("application-originating-platform", "https://workspace.cif.hub-otc.eox.at/", "text/html", "EOxHub Workspaces",
        { "application:platform_supports": [variant % 2 ? "argo-workflow" : "jupyter-notebook"],
          "application:preferred_app": variant % 2 ? "argo" : "JupyterLab" });
      const open = link("related", `https://hub.eox.at/hub/user-redirect/lab/tree/${id}/notebook.ipynb`, "text/html",
        "Open notebook on the EDC platform");
      if (forExperiment) return [origin];
      return [[origin, open], [origin]][variant % 2];
    }
    case "pangeo-edc":
      return [link("application-platform", "https://pangeo.io", "text/html", "Pangeo", { "application:platform_supports": ["jupyter-notebook"] })];
    case "cdse-openeo": {
      const process = id.replace(/-/g, "_");
      const editor = link("related", `https://editor.openeo.org/?wizard=UDP&wizard~process=${process}&wizard~processUrl=` +
        `https://openeo.dataspace.copernicus.eu/openeo/1.2/processes/u:00000000-bench-0000-0000-000000000000/${process}` +
        `&server=https://openeofed.dataspace.copernicus.eu/openeo`, "text/html", "openEO Web Editor execution URL");
      const direct = link("related", `https://openeofed.dataspace.copernicus.eu/openeo/1.2/processes/${process}`, "application/json",
        "openEO process definition");
      if (forExperiment) return [];
      return [[editor], [editor, direct], [direct]][variant % 3];
    }
    default:
      return [];
  }
}

function catalogNode(id, title, description, parentTitle, depth, children, rel = "child") {
  const up = depth === 0 ? "./" : "../";
  const links = [link("root", `${up}catalog.json`, json, "Open Science Catalog")];
  if (depth > 0) links.push(link("parent", "../catalog.json", json, parentTitle));
  for (const c of children) links.push(link(rel, c.href, json, c.title));
  return { type: "Catalog", id, stac_version: "1.0.0", title, description, links };
}

/**
 * Writes the catalog into `dir` (catalog.json at its top) and returns what a
 * reader should find: the records (for search checks) and, per platform id,
 * the workflows, experiments and products published from it.
 */
export function writeSyntheticCatalog(dir, { workflows = 2500, experiments = 3750, products = 3750, seed = 20250630 } = {}) {
  const random = prng(seed);
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  const write = (path, value) => {
    const file = join(dir, path);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, JSON.stringify(value, null, 2) + "\n");
  };
  const start = Date.UTC(2021, 0, 1);
  const day = 86_400_000;

  // Projects: 40, each in one theme.
  const projects = Array.from({ length: 40 }, (_, n) => {
    const title = `${PROJECT_WORDS[n % PROJECT_WORDS.length]} ${PROJECT_NOUNS[(n * 3 + int(3)) % PROJECT_NOUNS.length]} ${n + 1} (fictional)`;
    return { id: slug(title.replace(" (fictional)", "")), title, theme: THEMES[n % THEMES.length] };
  });

  // Workflows.
  const wf = [];
  for (let n = 0; n < workflows; n++) {
    const project = pick(projects);
    const [subject, keywords, variable, measures] = pick(SUBJECTS[project.theme]);
    const method = pick(METHODS);
    const region = pick(REGIONS);
    const title = `${subject} ${method} for ${region.replace(/^the /, "")}`;
    const id = `${slug(`${subject} ${method} ${region}`)}-${String(n + 1).padStart(4, "0")}`;
    let roll = random();
    let platform = null;
    for (const [p, share] of PLATFORM_SHARES) {
      if (roll < share) {
        platform = p;
        break;
      }
      roll -= share;
    }
    const created = start + int(1200) * day;
    wf.push({ id, title, project, subject, keywords, variable, measures, region, platform, variant: int(6), created,
      language: pick(LANGUAGES), experiments: [] });
  }

  // Experiments: each runs one workflow (some workflows have none, some several).
  const ex = [];
  for (let n = 0; n < experiments; n++) {
    const w = wf[int(wf.length)];
    const year = 2021 + int(5);
    const run = w.experiments.length + 1;
    const id = `${w.id.replace(/-\d{4}$/, "")}-run-${year}-${String(n + 1).padStart(4, "0")}`;
    const title = `${w.subject} ${w.region.replace(/^the /, "")} Run ${year}${run > 1 ? ` #${run}` : ""}`;
    const e = { id, title, workflow: w, year, products: [], created: w.created + (1 + int(300)) * day };
    w.experiments.push(e);
    ex.push(e);
  }

  // Products: each made by one experiment (some experiments made none, some several).
  const pr = [];
  for (let n = 0; n < products; n++) {
    const e = ex[int(ex.length)];
    const w = e.workflow;
    const cadence = pick(["Daily", "Weekly", "Monthly", "Annual", "Seasonal"]);
    const title = `${cadence} ${w.subject} over ${w.region.replace(/^the /, "")} ${e.year}`;
    const id = `${slug(`${w.subject} ${w.region} ${cadence} ${e.year}`)}-${String(n + 1).padStart(4, "0")}`;
    const p = { id, title, experiment: e, cadence, mission: pick(MISSIONS), created: e.created + (1 + int(60)) * day };
    e.products.push(p);
    pr.push(p);
  }

  const records = [];
  const projectLink = (p, depth = "../../") => link("related", `${depth}projects/${p.id}/collection.json`, json, `Project: ${p.title}`);
  const themeLink = (t) => link("related", `../../themes/${t}/catalog.json`, json, `Theme: ${t[0].toUpperCase()}${t.slice(1)}`);

  for (const w of wf) {
    const description = `Derives ${w.measures} over ${w.region} from ${w.keywords[2]} observations.\n\n` +
      `Steps:\n\n1. Load the ${w.subject.toLowerCase()} data cube for ${w.region}\n2. Screen clouds, noise and outliers\n` +
      `3. Compute ${w.measures} per ${pick(["week", "month", "season"])}\n4. Publish a Zarr store and quick-look maps\n\n` +
      `Runs in ${w.language}; see the repository for the environment.`;
    const links = [
      link("root", "../../catalog.json", json, "Open Science Catalog"),
      link("parent", "../catalog.json", json, "Workflows"),
      projectLink(w.project),
      themeLink(w.project.theme),
      ...w.experiments.map((e) => link(w.variant === 5 ? "child" : "related", `../../experiments/${e.id}/record.json`, json, `Experiment: ${e.title}`)),
      link("git", `https://example.org/git/${w.id}.git`, "text/html", "Git source repository"),
      link("application", `https://example.org/git/${w.id}/notebook.ipynb`, "application/x-ipynb+json", `Jupyter Notebook: ${w.title}`,
        { "application:type": "jupyter-notebook", "application:container": "true", "application:language": w.language }),
      ...platformLinks(w.platform, w.id, w.variant, false),
    ];
    const properties = {
      created: iso(w.created), updated: iso(w.created + 7 * day), type: "workflow", title: w.title, description,
      keywords: [...w.keywords, slug(w.region)], contacts, themes: themeBlock(w.project.theme), formats: [{ name: "Zarr" }],
      license: "MIT", "osc:project": w.project.id, "osc:status": pick(["completed", "ongoing"]),
      "application:type": "jupyter-notebook", "application:language": w.language,
    };
    write(`workflows/${w.id}/record.json`, { id: w.id, type: "Feature", conformsTo: [
      "http://www.opengis.net/spec/ogcapi-records-1/1.0/req/record-core", "https://stac-extensions.github.io/application/v0.1.0/schema.json"],
      geometry: null, properties, linkTemplates: [], links });
    records.push({ kind: "workflow", id: w.id, title: w.title, keywords: properties.keywords, themes: [w.project.theme],
      project: w.project.id, description });
  }

  for (const e of ex) {
    const w = e.workflow;
    const description = `One run of the ${w.title} workflow in ${e.year}` +
      (e.products.length ? ` that produced ${e.products.map((p) => p.title).join(", ")}.` : "; it published no product.");
    // Half the experiments of a platform's workflows name the platform themselves, as in the real catalog.
    const own = random() < 0.5 ? platformLinks(w.platform, w.id, w.variant, true) : [];
    const links = [
      link("root", "../../catalog.json", json, "Open Science Catalog"),
      link("parent", "../catalog.json", json, "Experiments"),
      link("related", `../../workflows/${w.id}/record.json`, json, `Workflow: ${w.title}`),
      projectLink(w.project),
      themeLink(w.project.theme),
      ...own,
      link("input", "./input.yaml", "application/yaml", "Input parameters"),
      link("environment", "./environment.yaml", "application/yaml", "Execution environment"),
      ...e.products.map((p) => link("child", `../../products/${p.id}/collection.json`, json, p.title)),
    ];
    const properties = {
      created: iso(e.created), updated: iso(e.created + 7 * day), type: "experiment", title: e.title, description,
      keywords: [...w.keywords, slug(w.region)], contacts, themes: themeBlock(w.project.theme), formats: [{ name: "Zarr" }],
      license: "MIT", "osc:workflow": w.id, "osc:project": w.project.id, "application:type": "jupyter-notebook",
    };
    write(`experiments/${e.id}/record.json`, { id: e.id, type: "Feature",
      conformsTo: ["http://www.opengis.net/spec/ogcapi-records-1/1.0/req/record-core"], geometry: null, properties, linkTemplates: [], links });
    records.push({ kind: "experiment", id: e.id, title: e.title, keywords: properties.keywords, themes: [w.project.theme],
      project: w.project.id, description });
  }

  for (const p of pr) {
    const e = p.experiment;
    const w = e.workflow;
    const description = `${p.cadence} ${w.measures} over ${w.region}, ${e.year}, from ${p.mission.replace("-", " ")} data ` +
      `(an invented product for benchmarks).\n\nProduced by the experiment *${e.title}*.`;
    const keywords = [slug(w.region), w.variable, w.keywords[0]];
    write(`products/${p.id}/collection.json`, {
      type: "Collection", id: p.id, stac_version: "1.0.0",
      stac_extensions: ["https://stac-extensions.github.io/osc/v1.0.0/schema.json", "https://stac-extensions.github.io/themes/v1.0.0/schema.json"],
      title: p.title, description, keywords, "osc:type": "product", "osc:project": w.project.id, "osc:status": "completed",
      "osc:region": w.region.replace(/^the /, ""), "osc:variables": [w.variable], "osc:missions": [p.mission],
      themes: themeBlock(w.project.theme), created: iso(p.created), updated: iso(p.created + 7 * day),
      extent: { spatial: { bbox: [[-180, -90, 180, 90]] }, temporal: { interval: [[`${e.year}-01-01T00:00:00Z`, `${e.year}-12-31T23:59:59Z`]] } },
      license: "CC-BY-4.0",
      links: [
        link("root", "../../catalog.json", json, "Open Science Catalog"),
        link("parent", "../catalog.json", json, "Products"),
        projectLink(w.project),
        themeLink(w.project.theme),
        link("related", `../../variables/${w.variable}/catalog.json`, json, `Variable: ${w.variable}`),
        link("related", `../../experiments/${e.id}/record.json`, json, `Experiment: ${e.title}`),
        link("via", `https://example.org/data/${p.id}/`, "text/html", "Access"),
      ],
      "osc:experiment": e.id,
    });
    records.push({ kind: "product", id: p.id, title: p.title, keywords, themes: [w.project.theme], project: w.project.id, description });
  }

  // Section catalogs, projects, themes, root.
  const item = (file) => (r) => ({ href: `./${r.id}/${file}`, title: r.title });
  write("workflows/catalog.json", catalogNode("workflows", "Workflows", "Geoscience workflows for experiments", "Open Science Catalog", 1,
    wf.map(item("record.json")), "item"));
  write("experiments/catalog.json", catalogNode("experiments", "Experiments", "Geoscience experiments", "Open Science Catalog", 1,
    ex.map(item("record.json")), "item"));
  write("products/catalog.json", catalogNode("products", "Products", "Geoscience products", "Open Science Catalog", 1,
    pr.map(item("collection.json"))));
  write("projects/catalog.json", catalogNode("projects", "Projects", "Research projects (fictional)", "Open Science Catalog", 1,
    projects.map((p) => ({ href: `./${p.id}/collection.json`, title: p.title }))));
  for (const p of projects) {
    write(`projects/${p.id}/collection.json`, { type: "Collection", id: p.id, stac_version: "1.0.0", title: p.title,
      description: `A fictional project on ${p.theme}.`, "osc:type": "project", "osc:status": "completed", themes: themeBlock(p.theme),
      extent: { spatial: { bbox: [[-180, -90, 180, 90]] }, temporal: { interval: [["2021-01-01T00:00:00Z", null]] } }, license: "proprietary",
      links: [link("root", "../../catalog.json", json, "Open Science Catalog"), link("parent", "../catalog.json", json, "Projects")] });
  }
  write("themes/catalog.json", catalogNode("themes", "Themes", "Earth science themes", "Open Science Catalog", 1,
    THEMES.map((t) => ({ href: `./${t}/catalog.json`, title: t }))));
  for (const t of THEMES) write(`themes/${t}/catalog.json`, catalogNode(t, t, `The ${t} theme.`, "Themes", 1, []));
  write("catalog.json", catalogNode("osc", "Open Science Catalog (synthetic benchmark)",
    `A generated catalog of ${records.length} fictional records for benchmarks.`, null, 0, [
      { href: "./projects/catalog.json", title: "Projects" },
      { href: "./themes/catalog.json", title: "Themes" },
      { href: "./products/catalog.json", title: "Products" },
      { href: "./workflows/catalog.json", title: "Workflows" },
      { href: "./experiments/catalog.json", title: "Experiments" },
    ]));

  // What each platform published: its workflows, their experiments, those experiments' products.
  const published = {};
  for (const w of wf.filter((w) => w.platform)) {
    const entry = (published[w.platform] ??= { workflows: 0, experiments: 0, products: 0, total: 0 });
    entry.workflows++;
    entry.experiments += w.experiments.length;
    entry.products += w.experiments.reduce((sum, e) => sum + e.products.length, 0);
    entry.total = entry.workflows + entry.experiments + entry.products;
  }
  return { dir, records, published, counts: { workflows: wf.length, experiments: ex.length, products: pr.length } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), "osc-synthetic-"));
  const { counts, published } = writeSyntheticCatalog(dir);
  console.log(`wrote ${dir}/catalog.json`, counts, published);
}
