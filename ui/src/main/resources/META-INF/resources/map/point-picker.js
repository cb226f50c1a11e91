// <anuyat-point-picker>: an optional point on a small Leaflet map, in the light DOM (Leaflet's stylesheet does
// not reach into a shadow root). Tap or click to place the point, drag it to move it; the server clears it.
// The server sets its properties as strings:
//   country             GeoJSON of Laos: the base layer, which needs no internet
//   tileUrl             a tile layer drawn under it when set; tileAttribution its credit line
//   latitude, longitude the point, or '' for none
//   pinLabel            the pin's accessible name, in the page's language
// Each change by the user fires 'point-changed' with detail {latitude, longitude}; the server checks the point.
// Leaflet (window.L) is loaded before this script by the server.
class AnuyatPointPicker extends HTMLElement {
  constructor() {
    super();
    this._values = {};
    // values the server set before this script defined the element
    for (const name of AnuyatPointPicker.fields) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        this._values[name] = this[name];
        delete this[name];
      }
    }
  }

  static get fields() {
    return ['country', 'tileUrl', 'tileAttribution', 'latitude', 'longitude', 'pinLabel'];
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
    this._map = L.map(this, { zoomControl: true, attributionControl: true });
    this._map.setView([18.2, 103.9], 5);
    this._base = L.layerGroup().addTo(this._map);
    this._map.on('click', (event) => this._place(event.latlng));
    this._drawBase();
    this._drawPoint();
    new ResizeObserver(() => this._map.invalidateSize()).observe(this);
  }

  _place(latlng) {
    // five decimals are about a metre: enough for where a problem happened
    const latitude = Math.round(latlng.lat * 1e5) / 1e5;
    const longitude = Math.round(latlng.lng * 1e5) / 1e5;
    this._values.latitude = String(latitude);
    this._values.longitude = String(longitude);
    this._drawPoint();
    this.dispatchEvent(new CustomEvent('point-changed', { detail: { latitude, longitude } }));
  }

  _drawBase() {
    if (!this._map) {
      return;
    }
    const L = window.L;
    try {
      this._base.clearLayers();
      if (this._tiles) {
        this._map.removeLayer(this._tiles);
        this._tiles = null;
      }
      if (this._values.tileUrl) {
        this._tiles = L.tileLayer(this._values.tileUrl,
          { maxZoom: 18, attribution: this._values.tileAttribution || '' }).addTo(this._map);
        this._tiles.bringToBack();
      }
      const country = this._values.country ? JSON.parse(this._values.country) : null;
      if (country) {
        const outline = L.geoJSON(country, {
          style: { color: '#1d3a6e', weight: 2, fillColor: '#f4f1e8', fillOpacity: this._values.tileUrl ? 0.1 : 0.9 },
          interactive: false,
        }).addTo(this._base);
        if (!this._fitted) {
          this._map.fitBounds(outline.getBounds(), { padding: [4, 4], animate: false });
          this._fitted = true;
        }
      }
    } catch (e) {
      console.error('point picker', e);
    }
  }

  _drawPoint() {
    if (!this._map) {
      return;
    }
    const L = window.L;
    const latitude = parseFloat(this._values.latitude);
    const longitude = parseFloat(this._values.longitude);
    if (Number.isNaN(latitude) || Number.isNaN(longitude)) {
      if (this._marker) {
        this._map.removeLayer(this._marker);
        this._marker = null;
      }
      return;
    }
    if (!this._marker) {
      // a drawn pin, no image file: draggable, as a circle marker is not
      const icon = L.divIcon({ className: 'point-picker-pin', iconSize: [18, 18], iconAnchor: [9, 9] });
      const label = this._values.pinLabel || '';
      this._marker = L.marker([latitude, longitude], { draggable: true, icon, keyboard: true, title: label, alt: label })
        .addTo(this._map);
      this._marker.on('dragend', () => this._place(this._marker.getLatLng()));
    } else {
      this._marker.setLatLng([latitude, longitude]);
    }
  }
}

for (const name of AnuyatPointPicker.fields) {
  Object.defineProperty(AnuyatPointPicker.prototype, name, {
    get() {
      return this._values[name];
    },
    set(value) {
      this._values[name] = value;
      if (name === 'latitude' || name === 'longitude') {
        this._drawPoint();
      } else {
        this._drawBase();
      }
    },
  });
}

if (!customElements.get('anuyat-point-picker')) {
  customElements.define('anuyat-point-picker', AnuyatPointPicker);
}
