// <anuyat-spectrum-map>: the spectrum map, a Leaflet map in the light DOM (Leaflet's stylesheet does not reach
// into a shadow root). The server sets its properties as JSON strings:
//   country, provinces  GeoJSON of Laos and its provinces: the base layer, which needs no internet
//   tileUrl             a tile layer drawn under it when set (e.g. https://{s}.tile.example.org/{z}/{x}/{y}.png)
//   tileAttribution     the tile provider's credit line
//   assignments         [{reference, stationName, service, frequencyMhz, latitude, longitude}]
//   request             {stationName, latitude, longitude, searchDistanceKm,
//                        conflicts: [{reference, stationName, latitude, longitude, distanceKm, marginDb}]} or null
// Leaflet (window.L) is loaded before this script by the server.
class AnuyatSpectrumMap extends HTMLElement {
  constructor() {
    super();
    this._values = {};
    // values the server set before this script defined the element
    for (const name of AnuyatSpectrumMap.fields) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        this._values[name] = this[name];
        delete this[name];
      }
    }
  }

  static get fields() {
    return ['country', 'provinces', 'tileUrl', 'tileAttribution', 'assignments', 'request'];
  }

  connectedCallback() {
    this._start();
  }

  _start() {
    if (this._map || !this.isConnected) {
      return;
    }
    if (!window.L || this.clientWidth === 0 || this.clientHeight === 0) {
      // Leaflet's script is still loading, or the page has not laid the element out yet: Leaflet needs both
      setTimeout(() => this._start(), 50);
      return;
    }
    const L = window.L;
    this._map = L.map(this, { zoomControl: true, attributionControl: true, preferCanvas: false });
    this._map.setView([18.2, 103.9], 6);
    this._base = L.layerGroup().addTo(this._map);
    this._stations = L.layerGroup().addTo(this._map);
    this._check = L.layerGroup().addTo(this._map);
    this._draw();
    // the element may be laid out after Leaflet measured it
    new ResizeObserver(() => this._map.invalidateSize()).observe(this);
  }

  _json(name) {
    const value = this._values[name];
    if (value === undefined || value === null || value === '') {
      return null;
    }
    try {
      return JSON.parse(value);
    } catch (e) {
      return null;
    }
  }

  _draw() {
    if (!this._map) {
      return;
    }
    // a drawing error stays here: thrown from a property setter it would stop the page applying the server's
    // other changes
    try {
      this._drawBase();
      this._drawAssignments();
      this._drawRequest();
    } catch (e) {
      console.error('spectrum map', e);
    }
  }

  _drawBase() {
    const L = window.L;
    this._base.clearLayers();
    if (this._tiles) {
      this._map.removeLayer(this._tiles);
      this._tiles = null;
    }
    const tileUrl = this._values.tileUrl;
    if (tileUrl) {
      this._tiles = L.tileLayer(tileUrl, { maxZoom: 18, attribution: this._values.tileAttribution || '' });
      this._tiles.addTo(this._map);
      this._tiles.bringToBack();
    }
    const provinces = this._json('provinces');
    if (provinces) {
      L.geoJSON(provinces, {
        style: { color: '#7a869a', weight: 1, fillColor: '#f4f1e8', fillOpacity: tileUrl ? 0.1 : 0.9 },
        onEachFeature: (feature, layer) => layer.bindTooltip(feature.properties.name, { sticky: true }),
      }).addTo(this._base);
    }
    const country = this._json('country');
    if (country) {
      const outline = L.geoJSON(country, { style: { color: '#1d3a6e', weight: 2, fill: false }, interactive: false });
      outline.addTo(this._base);
      if (!this._fitted) {
        this._map.fitBounds(outline.getBounds(), { padding: [8, 8], animate: false });
        this._fitted = true;
      }
    }
  }

  _drawAssignments() {
    const L = window.L;
    this._stations.clearLayers();
    for (const a of this._json('assignments') || []) {
      L.circleMarker([a.latitude, a.longitude], {
        radius: 5, color: '#0b5394', weight: 1, fillColor: '#3d85c6', fillOpacity: 0.9,
        className: 'assignment-marker',
      })
        .bindTooltip(`${a.reference} ${a.stationName}<br>${a.frequencyMhz} MHz · ${a.service}`)
        .addTo(this._stations);
    }
  }

  _drawRequest() {
    const L = window.L;
    this._check.clearLayers();
    const request = this._json('request');
    if (!request) {
      return;
    }
    const at = [request.latitude, request.longitude];
    const radius = L.circle(at, {
      radius: request.searchDistanceKm * 1000, color: '#b45f06', weight: 1, dashArray: '6 4', fill: false,
      className: 'search-radius', interactive: false,
    }).addTo(this._check);
    for (const c of request.conflicts || []) {
      if (c.latitude === null || c.latitude === undefined) {
        continue;
      }
      L.polyline([at, [c.latitude, c.longitude]], { color: '#cc0000', weight: 3, className: 'conflict-line' })
        .addTo(this._check);
      // the label beside the conflicting station, so that a short line does not hide the request
      L.circleMarker([c.latitude, c.longitude], {
        radius: 7, color: '#cc0000', weight: 3, fill: false, className: 'conflict-marker',
      })
        .bindTooltip(`${c.reference}: ${c.distanceKm} km, ${c.marginDb} dB`,
          { permanent: true, direction: 'right', offset: [10, 0] })
        .addTo(this._check);
    }
    L.circleMarker(at, {
      radius: 7, color: '#990000', weight: 2, fillColor: '#ff4d4d', fillOpacity: 1, className: 'request-marker',
    })
      .bindTooltip(request.stationName || '', { permanent: true, direction: 'left', offset: [-10, 0] })
      .addTo(this._check);
    this._map.fitBounds(radius.getBounds(), { padding: [12, 12], animate: false });
  }
}

for (const name of AnuyatSpectrumMap.fields) {
  Object.defineProperty(AnuyatSpectrumMap.prototype, name, {
    get() {
      return this._values[name];
    },
    set(value) {
      this._values[name] = value;
      this._draw();
    },
  });
}

if (!customElements.get('anuyat-spectrum-map')) {
  customElements.define('anuyat-spectrum-map', AnuyatSpectrumMap);
}
