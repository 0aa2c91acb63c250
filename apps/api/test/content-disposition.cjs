// @fastify/static requires the ESM-only content-disposition 3, which Node 20 loads natively
// but Jest's CommonJS runtime cannot. The tests never send attachments; this stands in.
exports.create = (filename) => `attachment; filename="${String(filename).replace(/"/g, '')}"`;
