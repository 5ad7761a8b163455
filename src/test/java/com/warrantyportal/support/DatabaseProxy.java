package com.warrantyportal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of the test database that a test can cut (every connection dropped, new ones refused) and
 * restore on the same port: a database outage and its end, as the portal sees them.
 */
public final class DatabaseProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket listener;

	public DatabaseProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.port = first.getLocalPort();
		accept(first);
	}

	public int port() {
		return port;
	}

	/** Drops every connection and refuses new ones. */
	public synchronized void cut() throws IOException {
		listener.close();
		for (Socket socket : open) {
			socket.close();
		}
		open.clear();
	}

	/** Accepts connections again, on the same port. */
	public synchronized void restore() throws IOException {
		ServerSocket again = new ServerSocket();
		again.setReuseAddress(true);
		again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
		accept(again);
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private void accept(ServerSocket serverSocket) {
		this.listener = serverSocket;
		daemon("proxy-accept", () -> {
			while (!serverSocket.isClosed()) {
				try {
					Socket client = serverSocket.accept();
					Socket server = new Socket(targetHost, targetPort);
					open.add(client);
					open.add(server);
					daemon("proxy-up", () -> pipe(client, server));
					daemon("proxy-down", () -> pipe(server, client));
				}
				catch (IOException closed) {
					return;
				}
			}
		});
	}

	private void pipe(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int read; (read = in.read(buffer)) != -1;) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ended) {
			// one side closed: close both below
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private void closeQuietly(Socket socket) {
		open.remove(socket);
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}
}
