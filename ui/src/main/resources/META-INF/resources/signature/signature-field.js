// <anuyat-signature>: a signature drawn on the screen with a finger, a stylus or a mouse, on signature_pad
// (window.SignaturePad, loaded before this script by the server). After each stroke the element sets its `png`
// property to the drawing as a PNG data URL (empty when cleared) and fires `signature-change`, which the server
// listens to. The server calls clear().
class AnuyatSignature extends HTMLElement {
  connectedCallback() {
    if (!this._canvas) {
      this._canvas = document.createElement('canvas');
      this._canvas.style.display = 'block';
      this._canvas.style.width = '100%';
      this._canvas.style.height = '100%';
      this._canvas.style.touchAction = 'none';
      this.appendChild(this._canvas);
    }
    this._start();
  }

  _start() {
    if (this._pad || !this.isConnected) {
      return;
    }
    if (!window.SignaturePad || this.clientWidth === 0 || this.clientHeight === 0) {
      // signature_pad is still loading, or the page has not laid the element out yet
      setTimeout(() => this._start(), 50);
      return;
    }
    // the canvas's own pixels follow the screen's density, so that a stroke is sharp on a phone
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    this._canvas.width = this._canvas.offsetWidth * ratio;
    this._canvas.height = this._canvas.offsetHeight * ratio;
    this._canvas.getContext('2d').scale(ratio, ratio);
    this._pad = new window.SignaturePad(this._canvas, { penColor: '#0b2a5b', minWidth: 1, maxWidth: 2.5 });
    this._pad.addEventListener('endStroke', () => this._changed());
  }

  clear() {
    if (this._pad) {
      this._pad.clear();
    }
    this._changed();
  }

  _changed() {
    this.png = (this._pad && !this._pad.isEmpty()) ? this._pad.toDataURL('image/png') : '';
    this.dispatchEvent(new CustomEvent('signature-change'));
  }
}

if (!customElements.get('anuyat-signature')) {
  customElements.define('anuyat-signature', AnuyatSignature);
}
