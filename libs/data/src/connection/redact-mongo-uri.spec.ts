import { redactMongoUri } from './redact-mongo-uri.js';

describe('redactMongoUri', () => {
  it('when the URI carries a user and password, then both are hidden', () => {
    expect(redactMongoUri('mongodb://shop:s3cret@db.example:27017/aneis?authSource=admin')).toBe(
      'mongodb://***@db.example:27017/aneis?authSource=admin',
    );
  });

  it('when the URI lists several hosts or uses SRV, then the hosts stay readable', () => {
    expect(redactMongoUri('mongodb+srv://u:p@cluster0.example.net/shop')).toBe(
      'mongodb+srv://***@cluster0.example.net/shop',
    );
    expect(redactMongoUri('mongodb://u:p@a:1,b:2/shop?replicaSet=rs0')).toBe(
      'mongodb://***@a:1,b:2/shop?replicaSet=rs0',
    );
  });

  it('when a query option can hold a secret, then its value is hidden', () => {
    expect(
      redactMongoUri(
        'mongodb://h/db?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:abc&tls=true',
      ),
    ).toBe('mongodb://h/db?authMechanism=MONGODB-AWS&authMechanismProperties=***&tls=true');
  });

  it('when there is nothing secret, then the URI is unchanged', () => {
    const uri = 'mongodb://127.0.0.1:27017/?serverMonitoringMode=poll';
    expect(redactMongoUri(uri)).toBe(uri);
  });
});
